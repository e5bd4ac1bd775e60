using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What one night's matching decided, in a stable order.</summary>
public sealed record MatchingResult(
    IReadOnlyList<Application> Applications,
    IReadOnlyList<Settlement> Settlements,
    IReadOnlyList<Discrepancy> Discrepancies,
    IReadOnlyDictionary<string, decimal> UnappliedBySource)
{
    /// <summary>Every rule's verdict on every payment, including the rejected ones, for <c>explain</c>.</summary>
    public IReadOnlyList<TrailEntry> Trail { get; init; } = [];

    /// <summary>Tonight's returns, refunds and disputes, each with what it undid (for the journal and the proofs).</summary>
    public IReadOnlyList<Reversal> Reversals { get; init; } = [];
    /// <summary>Open items the night created (claim posting's <c>&lt;claim&gt;-PR</c> and <c>-SEC</c>), as they were created: owing nothing.</summary>
    public IReadOnlyList<OpenItem> CreatedItems { get; init; } = [];
}
