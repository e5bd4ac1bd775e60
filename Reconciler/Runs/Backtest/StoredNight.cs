using Reconciler.Rules.Matching;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// A stored run of a night reduced to what its replay needs (its options and its applications) and its figures, with the decisions
/// reviewers took on it.
/// </summary>
public sealed record StoredNight(DateOnly AsOf, string RunId, RunOptions Options, IReadOnlyList<Rules.Model.Application> Applications,
    NightFigures Figures, IReadOnlyList<ReviewDecision> Decisions)
{
    /// <summary>The bank credits first read since the night before, read whole ahead of the replay (none: the replay reads them).</summary>
    public IReadOnlyList<Storage.OutstandingCash> NewLines { get; init; } = [];

    /// <summary>The batch items first read since the night before, likewise.</summary>
    public IReadOnlyList<Storage.OutstandingItem> NewItems { get; init; } = [];
}
