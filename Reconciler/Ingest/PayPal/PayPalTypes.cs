namespace Reconciler.Ingest.PayPal;

/// <summary>
/// What a PayPal transaction type (English, German or Spanish wording) means for reconciliation: the item kind,
/// and whether the row is a transfer to the bank (<c>General Withdrawal</c>, <c>Allgemeine Abbuchung</c>,
/// <c>Abbuchung auf Bankkonto</c>, <c>Retirada general</c> ...). Matching is by words inside the type, case-blind.
/// </summary>
internal static class PayPalTypes
{
    private static readonly (string Kind, string[] Words)[] Kinds =
    [
        ("conversion", ["conversion", "umrechnung", "conversión", "umtausch"]),
        ("hold", ["hold", "release", "einbehalt", "freigabe", "reservierung", "retención", "retencion"]),
        ("refund", ["refund", "rückzahlung", "rückerstattung", "erstattung", "reembolso", "devolución"]),
        ("chargeback", ["chargeback", "rückbuchung", "contracargo"]),
        ("reversal", ["reversal", "storno", "cancelación", "anulación"]),
        ("deposit", ["deposit", "bankgutschrift", "einzahlung", "aufladung", "depósito", "deposito"]),
        ("fee", ["fee", "gebühr", "comisión", "tarifa"]),
    ];

    private static readonly string[] WithdrawalWords = ["withdrawal", "abbuchung", "auszahlung", "retirada", "retiro"];
    private static readonly string[] CardWords = ["card", "karte", "tarjeta"];

    /// <summary>A transfer of PayPal balance to the bank account (a debit card cash withdrawal is not one).</summary>
    public static bool IsBankWithdrawal(string type)
    {
        var t = type.ToLowerInvariant();
        return WithdrawalWords.Any(t.Contains) && !CardWords.Any(t.Contains) && !Kinds.Take(5).Any(k => k.Words.Any(t.Contains));
    }

    /// <summary>payment, refund, chargeback, reversal, hold, conversion, deposit, fee, withdrawal or card_withdrawal.</summary>
    public static string Kind(string type)
    {
        var t = type.ToLowerInvariant();
        foreach (var (kind, words) in Kinds)
        {
            if (words.Any(t.Contains)) return kind;
        }
        if (WithdrawalWords.Any(t.Contains)) return CardWords.Any(t.Contains) ? "card_withdrawal" : "withdrawal";
        return "payment";
    }

    /// <summary>Balance Impact: Credit / Debit move money; Memo does not. Localised spellings included.</summary>
    public static bool IsMemo(string impact) =>
        impact.Trim().ToLowerInvariant() is "memo" or "notiz" or "nota" or "informativo";
}
