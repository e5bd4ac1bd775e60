namespace Reconciler.Reports.Decisions;

/// <summary>
/// The verdict on a set of decisions: either all of them are valid (<see cref="Valid"/>), or none is taken and
/// <see cref="Problems"/> says what is wrong, row by row. Nothing is ever half-applied.
/// </summary>
public sealed record DecisionValidation(IReadOnlyList<ReviewerDecision> Valid, IReadOnlyList<DecisionProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
