namespace Reconciler.Reports.Decisions;

/// <summary>What a returned exceptions.xlsx holds: the rows a reviewer decided, and the rows that cannot be trusted.</summary>
public sealed record DecisionsRead(IReadOnlyList<ReviewerDecision> Decisions, IReadOnlyList<DecisionProblem> Problems);
