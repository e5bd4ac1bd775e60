namespace Reconciler.Rules.Matching;

/// <summary>What a settlement rule says about one bank credit.</summary>
public abstract record SettlementOutcome
{
    /// <summary>The bank line is this batch's money (possibly with a difference the engine reports).</summary>
    public sealed record Settled(NightBatch Batch, string Explanation) : SettlementOutcome;

    /// <summary>Several batches fit equally: none is tied.</summary>
    public sealed record Ambiguous(IReadOnlyList<NightBatch> Batches, string Explanation) : SettlementOutcome;

    public sealed record NoMatch(string Reason) : SettlementOutcome;
}
