namespace Reconciler.Runs.Backtest;

/// <summary>One night of a backtest: the stored run against the candidate rules' run, and the decisions that changed.</summary>
public sealed record NightComparison(DateOnly AsOf, string StoredRunId, NightFigures Before, NightFigures After, IReadOnlyList<DecisionChange> Changes);
