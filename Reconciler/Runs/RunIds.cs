using System.Globalization;

namespace Reconciler.Runs;

/// <summary>Run ids that sort by start time and say which night they are: R20250314-063000-7f3a.</summary>
public static class RunIds
{
    public static string New(DateOnly asOf, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var suffix = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.Next()))[..4].ToLowerInvariant();
        return $"R{asOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{now.ToString("HHmmssfff", CultureInfo.InvariantCulture)}-{suffix}";
    }
}
