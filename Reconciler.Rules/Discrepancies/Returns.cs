using System.Text.RegularExpressions;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Discrepancies;

/// <summary>
/// Recognises money going back: a bank debit that is a returned item (BAI2 555, camt return families,
/// NSF, an ACH R-code, a reversal) or a processor dispute, chargeback or ACH return.
/// </summary>
public static class Returns
{
    private static readonly HashSet<string> ReturnTypeCodes = new(StringComparer.OrdinalIgnoreCase) { "555", "556", "557", "558", "564", "565", "566" };

    public static bool IsReturn(CashCandidate debit)
    {
        if (debit.Reversal || debit.TypeCode is { } code && (ReturnTypeCodes.Contains(code) || code.Contains("RRTN", StringComparison.OrdinalIgnoreCase)
            || code.Contains("UPDD", StringComparison.OrdinalIgnoreCase) || code.Contains("RTI", StringComparison.OrdinalIgnoreCase)))
            return true;
        var text = string.Join(' ', debit.Texts);
        return ReturnWords().IsMatch(text);
    }

    public static Finding Finding(CashCandidate cash)
    {
        var code = AchReturnCode().Match(string.Join(' ', cash.Texts));
        return new Finding(DiscrepancyCategory.ReturnedPayment,
            $"{cash.ItemKind ?? "returned item"} of {Money.Format(cash.Amount)} {cash.Currency} on {cash.Date:yyyy-MM-dd}"
                + (code.Success ? $" (return code {code.Value})" : "") + (cash.BatchId is null ? "" : $" in {cash.BatchKind} {cash.BatchId}")
                + $": {Shorten(string.Join(' ', cash.Texts))}",
            "Re-open the invoice the payment was applied to and contact the payer");
    }

    /// <summary>The row in words: "return R01 of -980.50 USD on 2026-11-20 (df79...-000022)".</summary>
    public static string What(CashCandidate cash)
    {
        var code = AchReturnCode().Match(string.Join(' ', cash.Texts));
        return $"{cash.ItemKind ?? "returned item"}{(code.Success ? " " + code.Value : "")} of {Money.Format(cash.Amount)} {cash.Currency} on {cash.Date:yyyy-MM-dd} ({cash.SourceId})";
    }

    /// <summary>A return whose original was found and undone: the exception names what it reopened.</summary>
    public static Finding Reversed(CashCandidate cash, string story, string? invoice, string? customer) =>
        new(DiscrepancyCategory.ReturnedPayment, $"{What(cash)}{Where(cash)} undoes {story}: {Shorten(string.Join(' ', cash.Texts))}",
            invoice is null ? "Contact the payer; the returned money had not been applied to an open invoice" : $"Contact the payer: {invoice} is owed again")
        { InvoiceNumber = invoice, CustomerId = customer };

    /// <summary>A return whose original was not found: the exception says what was searched for, and stays the reviewer's.</summary>
    public static Finding NotFound(CashCandidate cash, string searched) =>
        new(DiscrepancyCategory.ReturnedPayment, $"{What(cash)}{Where(cash)}: original payment not found (searched for {searched}); nothing was reopened: "
            + Shorten(string.Join(' ', cash.Texts)),
            "Find the payment it takes back and reopen the invoice it paid (Apply to), or confirm it needs nothing");

    private static string Where(CashCandidate cash) => cash.BatchId is null ? "" : $" in {cash.BatchKind} {cash.BatchId}";

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    // Built by the runtime, not the regex source generator: the generated code reads the thread id and the machine's tick
    // count itself, which the rules do not (the architecture test reads every member the assembly calls).
    // Non-backtracking: linear in the text, so hostile text cannot make them slow and no time limit is needed (a 100 ms
    // limit failed whole nights on a loaded machine when a garbage collection paused the match longer than that).
    private static readonly Regex ReturnWordsPattern = new(@"\b(RETURN(ED)?|NSF|CHARGE ?BACK|REVERSAL|REVERSED|R0[1-9]|R[1-8][0-9])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex AchReturnCodePattern = new(@"\bR[0-8][0-9]\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Regex ReturnWords() => ReturnWordsPattern;

    private static Regex AchReturnCode() => AchReturnCodePattern;
}
