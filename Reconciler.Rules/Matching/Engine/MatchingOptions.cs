namespace Reconciler.Rules.Matching;

/// <summary>Engine-wide settings; each rule has options of its own.</summary>
public sealed record MatchingOptions
{
    /// <summary>Days after which unapplied money is reported as stale (default 30).</summary>
    public int StaleAfterDays { get; init; } = 30;

    /// <summary>A match less sure than this (0 to 1) is only suggested, as in review mode; 0 (default) applies every match of an auto rule.</summary>
    public decimal AutoApplyMinConfidence { get; init; }
}
