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
        cash.Claim is null && cash.ItemKind is { } kind && TakingBack.Contains(kind) && cash.Amount < 0m;

    /// <summary>A won dispute: the processor gives the disputed money back.</summary>
    public static bool GivesBack(CashCandidate cash) =>
        cash.Claim is null && string.Equals(cash.ItemKind, DisputeReversal, StringComparison.OrdinalIgnoreCase) && cash.Amount > 0m;

    public static bool IsReversing(CashCandidate cash) => TakesBack(cash) || GivesBack(cash);
}
