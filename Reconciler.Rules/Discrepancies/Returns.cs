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

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";

    // Built by the runtime, not the regex source generator: the generated code reads the thread id and the machine's tick
    // count itself, which the rules do not (the architecture test reads every member the assembly calls).
    private static readonly Regex ReturnWordsPattern = new(@"\b(RETURN(ED)?|NSF|CHARGE ?BACK|REVERSAL|REVERSED|R0[1-9]|R[1-8][0-9])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static readonly Regex AchReturnCodePattern = new(@"\bR[0-8][0-9]\b", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    private static Regex ReturnWords() => ReturnWordsPattern;

    private static Regex AchReturnCode() => AchReturnCodePattern;
}
