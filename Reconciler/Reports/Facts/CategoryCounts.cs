using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;

namespace Reconciler.Reports.Facts;

/// <summary>How many exceptions of one category the night has, and how many of them are errors and warnings.</summary>
public sealed record CategoryCounts(string Category, int Count, int Errors, int Warnings)
{
    /// <summary>The night's categories in the contract's order (unknown ones last, by name), counted in one pass.</summary>
    public static IReadOnlyList<CategoryCounts> Of(NightResult night)
    {
        var counts = new Dictionary<string, (int Count, int Errors, int Warnings)>(StringComparer.Ordinal);
        foreach (var (d, _) in night.Exceptions)
        {
            var c = counts.GetValueOrDefault(d.Category);
            counts[d.Category] = (c.Count + 1, c.Errors + (d.Severity == Severity.Error ? 1 : 0), c.Warnings + (d.Severity == Severity.Warning ? 1 : 0));
        }
        return [.. counts.OrderBy(kv => Order(kv.Key)).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new CategoryCounts(kv.Key, kv.Value.Count, kv.Value.Errors, kv.Value.Warnings))];
    }

    /// <summary>A category's place in the contract's list; categories it does not name go last.</summary>
    public static int Order(string category)
    {
        for (var i = 0; i < DiscrepancyCategory.All.Count; i++)
        {
            if (DiscrepancyCategory.All[i] == category) return i;
        }
        return int.MaxValue;
    }
}
