namespace Reconciler.Rules.Rules.Reference;

/// <summary>A card processor's fee: a percentage of the amount plus a fixed part (e.g. 2.9% + 0.30).</summary>
public sealed record FeeTier(decimal Percent, decimal Fixed);

/// <summary>The fees a payer's processor may have kept; <paramref name="Tolerance"/> allows for rounding.</summary>
public sealed record FeeScheduleOptions(IReadOnlyList<FeeTier> Tiers, decimal Tolerance = 0.01m)
{
    public static FeeScheduleOptions Default { get; } = new([new FeeTier(2.9m, 0.30m), new FeeTier(3.49m, 0.49m), new FeeTier(2.6m, 0.10m)]);
}
