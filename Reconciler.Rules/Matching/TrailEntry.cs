namespace Reconciler.Rules.Matching;

/// <summary>One step of the story of a payment: which rule looked at it and what it concluded, and why.</summary>
public sealed class TrailEntry : IEquatable<TrailEntry>
{
    private readonly string? _detail;
    private readonly (string Rule, string Reason)[]? _rejections;

    public TrailEntry(string sourceId, int step, string rule, string outcome, string detail)
        : this(sourceId, step, rule, outcome) => _detail = detail;

    /// <summary>
    /// The rules that turned a payment down, each with its reason. The detail text is joined only when read (once, at
    /// the commit): a big night holds a million of these until then, and the reasons are shared strings.
    /// </summary>
    internal TrailEntry(string sourceId, int step, string rule, string outcome, (string Rule, string Reason)[] rejections)
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

    /// <summary>
    /// For a "no match" entry of several rules: each rule with its reason (shared strings, the same objects on every entry
    /// that gives the same reason), from which <see cref="Detail"/> is joined; null for an entry with a plain detail.
    /// </summary>
    public IReadOnlyList<(string Rule, string Reason)>? Rejections => _rejections;

    /// <summary>Why: the rule's explanation, or "rule: reason; rule: reason" for the rules that found no match.</summary>
    public string Detail => _detail ?? string.Join("; ", _rejections!.Select(r => $"{r.Rule}: {r.Reason}"));

    public bool Equals(TrailEntry? other) => other is not null && SourceId == other.SourceId && Step == other.Step
        && Rule == other.Rule && Outcome == other.Outcome && Detail == other.Detail;

    public override bool Equals(object? obj) => Equals(obj as TrailEntry);

    public override int GetHashCode() => HashCode.Combine(SourceId, Step, Rule, Outcome);

    public override string ToString() => $"{SourceId} #{Step} {Rule} → {Outcome}: {Detail}";
}
