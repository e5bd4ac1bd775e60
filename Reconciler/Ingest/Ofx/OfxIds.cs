using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
namespace Reconciler.Ingest.Ofx;

/// <summary>Transaction ids of one file: the FITID, kept unique; a repeated FITID is a warning and gets a "#2" suffix.</summary>
internal sealed class OfxIds(string file, List<ParseProblem> problems)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private int _anonymous;

    /// <summary>Makes room for <paramref name="more"/> ids at once (a large statement would otherwise regrow the set many times).</summary>
    public void Reserve(int more) => _seen.EnsureCapacity(_seen.Count + more);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Next(string? fitId, int line)
    {
        if (string.IsNullOrWhiteSpace(fitId))
        {
            problems.Add(ParseProblem.Warning(file, $"line {line}", "FITID", "the transaction has no FITID; it cannot be de-duplicated across downloads"));
            return $"line-{line}-{++_anonymous}";
        }
        var id = fitId.Trim();
        // One look-up for both the test and the count (a large file has hundreds of thousands of ids).
        ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(_seen, id, out _);
        var count = ++seen;
        if (count == 1) return id;
        problems.Add(ParseProblem.Warning(file, $"line {line}", "FITID", $"FITID '{id}' appears {count} times in the file; ids must be unique"));
        return $"{id}#{count}";
    }
}
