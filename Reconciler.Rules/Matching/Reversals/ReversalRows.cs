namespace Reconciler.Rules.Matching;

/// <summary>Which of the night's rows take money back (returns, refunds, disputes, chargebacks, reversals) or give it back again (a won dispute).</summary>
public static class ReversalRows
{
    public const string DisputeReversal = "dispute_reversal";

    /// <summary>The rule of the negative applications that reopen what a returned payment paid.</summary>
    public const string ReversalRule = "reversal";

    private static readonly HashSet<string> TakingBack = new(StringComparer.OrdinalIgnoreCase)
    {
        "refund", "dispute", "chargeback", "return", "reversal", "payment_reversal",
    };

    /// <summary>A batch item (never an 835 claim: its status 22 is the claim rules' business) that takes money back.</summary>
    public static bool TakesBack(CashCandidate cash) =>
        cash.Claim is null && cash.ItemKind is { } kind && TakingBack.Contains(kind) && cash.Amount < 0m || IsRecoupment(cash);

    /// <summary>An 835 PLB recoupment that names a claim (<c>WO</c> overpayment recovery, <c>FB</c> forwarding balance, <c>72</c> authorized return).</summary>
    public static bool IsRecoupment(CashCandidate cash) =>
        cash.ItemKind == "plb" && cash.Amount < 0m && RecoupedClaim(cash) is not null;

    /// <summary>The claim a PLB recoupment names (the reference after the reason code), or null.</summary>
    public static string? RecoupedClaim(CashCandidate cash)
    {
        var text = cash.Texts.Count > 0 ? cash.Texts[0].Trim() : "";
        foreach (var reason in RecoupmentReasons)
        {
            if (!text.StartsWith(reason, StringComparison.OrdinalIgnoreCase)) continue;
            var reference = text[reason.Length..].Split(' ', 2)[0];
            return reference.Length > 0 ? reference : null;
        }
        return null;
    }

    private static readonly string[] RecoupmentReasons = ["WO:", "FB:", "72:"];

    /// <summary>A won dispute: the processor gives the disputed money back.</summary>
    public static bool GivesBack(CashCandidate cash) =>
        cash.Claim is null && string.Equals(cash.ItemKind, DisputeReversal, StringComparison.OrdinalIgnoreCase) && cash.Amount > 0m;

    public static bool IsReversing(CashCandidate cash) => TakesBack(cash) || GivesBack(cash);

    /// <summary>
    /// Which payments <paramref name="rows"/> (reversing rows and returned bank debits) could find as their original: the
    /// finder looks at no other, so the earlier nights' money a night reads for them can be cut down to these.
    /// </summary>
    public static Func<CashCandidate, bool> OriginalsSoughtBy(IEnumerable<CashCandidate> rows) => OriginalFinder.Sought(rows);
}
