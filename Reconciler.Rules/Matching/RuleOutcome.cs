namespace Reconciler.Rules.Matching;

/// <summary>What a rule says about one payment: matched (with allocations), or no match (with why).</summary>
public abstract record RuleOutcome
{
    /// <summary>The rule found where the money goes.</summary>
    public sealed record Matched(IReadOnlyList<Allocation> Allocations, decimal Confidence, string Explanation) : RuleOutcome;

    /// <summary>The rule does not apply; the reason is kept for <c>explain</c>.</summary>
    public sealed record NoMatch(string Reason) : RuleOutcome;
}
