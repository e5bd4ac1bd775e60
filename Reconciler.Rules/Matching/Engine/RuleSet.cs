namespace Reconciler.Rules.Matching;

/// <summary>The configured rules of a night, in order, and the engine-wide options.</summary>
public sealed record RuleSet
{
    public IReadOnlyList<ISettlementRule> Settlement { get; init; } = [];

    /// <summary>Rules for payments (bank lines and processor items), each auto or review.</summary>
    public IReadOnlyList<(ICashRule Rule, RuleMode Mode)> Cash { get; init; } = [];

    /// <summary>Rules for 835 claim payments.</summary>
    public IReadOnlyList<(ICashRule Rule, RuleMode Mode)> Claims { get; init; } = [];

    public MatchingOptions Options { get; init; } = new();

    /// <summary>A short hash of the configuration the rules were built from, recorded on each run.</summary>
    public string Hash { get; init; } = "";
}
