using Reconciler.Reports.Facts;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Exceptions;

/// <summary>
/// The night's exceptions by category for exceptions.xlsx, in two passes and without a list of every exception per
/// category: the first counts and sums (every exception counts on the Summary sheet), the second keeps only the rows
/// each category sheet shows.
/// </summary>
public static class ExceptionGroups
{
    /// <summary>The categories in the contract's order (unknown ones last, by name), each with its sheet's rows (<paramref name="maxRows"/> in all).</summary>
    public static IReadOnlyList<CategoryGroup> Of(IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> exceptions, int maxRows)
    {
        var byCategory = new Dictionary<string, CategoryGroup>(StringComparer.Ordinal);
        foreach (var (d, firstSeen) in exceptions)
        {
            if (!byCategory.TryGetValue(d.Category, out var group)) byCategory[d.Category] = group = new CategoryGroup(d.Category, XlsxCells.SheetName(d.Category));
            group.Count++;
            if (!group.Currencies.TryGetValue(d.Currency, out var figures)) group.Currencies[d.Currency] = figures = new CurrencyFigures();
            figures.Add(d, firstSeen);
        }
        var groups = byCategory.Values.OrderBy(g => CategoryCounts.Order(g.Category)).ThenBy(g => g.Category, StringComparer.Ordinal).ToList();
        var shares = ExceptionsXlsx.Shares([.. groups.Select(g => g.Count)], maxRows);
        var left = new Dictionary<string, (CategoryGroup Group, int Share)>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++) left[groups[i].Category] = (groups[i], shares[i]);
        foreach (var exception in exceptions)
        {
            var (group, share) = left[exception.Discrepancy.Category];
            if (group.Listed.Count < share) group.Listed.Add(exception);
        }
        return groups;
    }
}
