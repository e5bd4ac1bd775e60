namespace Reconciler.Rules.Matching;

/// <summary>
/// One step of the story of a payment: which rule looked at it, what it concluded, and why. A step where several
/// rules found no match keeps each rule's reason (<see cref="Rejections"/>) rather than one joined text.
/// </summary>
public sealed class TrailEntry : IEquatable<TrailEntry>
{
    private readonly string? _detail;
    private readonly IReadOnlyList<(string Rule, string Reason)>? _rejections;

    public TrailEntry(string sourceId, int step, string rule, string outcome, string detail)
        : this(sourceId, step, rule, outcome) => _detail = detail;

    /// <summary>A "no match" step of several rules, each with its reason.</summary>
    public TrailEntry(string sourceId, int step, string rule, string outcome, IReadOnlyList<(string Rule, string Reason)> rejections)
        : this(sourceId, step, rule, outcome) => _rejections = rejections;

    private TrailEntry(string sourceId, int step, string rule, string outcome)
    {
        SourceId = sourceId;
        Step = step;
        Rule = rule;
        Outcome = outcome;
    }

    public string SourceId { get; }
    public int Step { get; }
    public string Rule { get; }
    public string Outcome { get; }

    /// <summary>For a "no match" step of several rules: each rule with its reason; null for a step with a plain detail.</summary>
    public IReadOnlyList<(string Rule, string Reason)>? Rejections => _rejections;

    /// <summary>Why: the rule's explanation, or "rule: reason; rule: reason" for the rules that found no match.</summary>
    public string Detail => _detail ?? string.Join("; ", _rejections!.Select(r => $"{r.Rule}: {r.Reason}"));

    public bool Equals(TrailEntry? other) => other is not null && SourceId == other.SourceId && Step == other.Step
        && Rule == other.Rule && Outcome == other.Outcome && Detail == other.Detail;

    public override bool Equals(object? obj) => Equals(obj as TrailEntry);

    public override int GetHashCode() => HashCode.Combine(SourceId, Step, Rule, Outcome);

    public override string ToString() => $"{SourceId} #{Step} {Rule} → {Outcome}: {Detail}";
}
