using System.Globalization;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>
/// The seeds and case count of the fuzz run. A fixed seed always runs, so CI is repeatable;
/// RECONCILER_FUZZ_SEED adds another (to explore, or to replay a failure), RECONCILER_FUZZ_CASES sets the count.
/// </summary>
public static class FuzzSettings
{
    public const int FixedSeed = 20251121;

    /// <summary>Per reader: with ten readers 20,000 cases, about ten seconds on two cores.</summary>
    public const int DefaultCases = 2000;

    /// <summary>A reader taking longer than this on one small damaged file is hanging.</summary>
    public static readonly TimeSpan PerFileLimit = TimeSpan.FromSeconds(5);

    public static IEnumerable<int> Seeds()
    {
        yield return FixedSeed;
        var configured = Number("RECONCILER_FUZZ_SEED");
        if (configured is { } seed && seed != FixedSeed) yield return seed;
    }

    public static int Cases => Number("RECONCILER_FUZZ_CASES") is { } n and > 0 ? n : DefaultCases;

    /// <summary>The random source of one case: the same seed and case number give the same input, whatever ran before.</summary>
    public static Random ForCase(int seed, int caseNumber) => new(unchecked(seed * 1_000_003 + caseNumber));

    private static int? Number(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
