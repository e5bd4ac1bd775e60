namespace Reconciler.Rules.Matching;

/// <summary>Engine-wide settings; each rule has options of its own.</summary>
public sealed record MatchingOptions
{
    /// <summary>Days after which unapplied money is reported as stale (default 30).</summary>
    public int StaleAfterDays { get; init; } = 30;
}
