using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What a rule says about one payment. The first outcome that is not <see cref="NoMatch"/> decides.</summary>
public abstract record RuleOutcome
{
    /// <summary>The rule found where the money goes; it may still flag something (a short payment).</summary>
    public sealed record Matched(IReadOnlyList<Allocation> Allocations, decimal Confidence, string Explanation) : RuleOutcome
    {
        /// <summary>Non-cash reductions that go with the match (a fee or a small difference written off).</summary>
        public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];

        /// <summary>A discrepancy to report although the money was applied.</summary>
        public Finding? Finding { get; init; }

        /// <summary>Open items the match creates (a claim's patient or secondary payer item), owing nothing until an adjustment moves money to them.</summary>
        public IReadOnlyList<OpenItem> NewItems { get; init; } = [];
    }

    /// <summary>Several candidates fit equally well: nothing is applied, the candidates are listed.</summary>
    public sealed record Ambiguous(IReadOnlyList<OpenItem> Candidates, string Explanation) : RuleOutcome;

    /// <summary>The rule recognised a problem (a closed invoice, a currency mismatch): nothing is applied.</summary>
    public sealed record Flagged(Finding Finding) : RuleOutcome;

    /// <summary>The rule does not apply; the reason is kept for <c>explain</c>.</summary>
    public sealed record NoMatch(string Reason) : RuleOutcome;
}
