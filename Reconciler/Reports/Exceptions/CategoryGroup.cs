using Reconciler.Rules.Discrepancies;

namespace Reconciler.Reports.Exceptions;

/// <summary>
/// The exceptions of one category: how many, the figures of each currency (for the Summary sheet), and the first
/// ones, which its sheet lists (the sheet's share of the workbook's rows).
/// </summary>
public sealed class CategoryGroup(string category, string sheet)
{
    public string Category { get; } = category;
    public string Sheet { get; } = sheet;
    public int Count { get; internal set; }

    /// <summary>Per currency, in ordinal order once <see cref="ExceptionGroups"/> is done.</summary>
    public SortedDictionary<string, CurrencyFigures> Currencies { get; } = new(StringComparer.Ordinal);

    /// <summary>The first exceptions of the category, in the night's order, as many as its sheet shows.</summary>
    public List<(Discrepancy Discrepancy, DateOnly FirstSeen)> Listed { get; } = [];
}

/// <summary>One category's exceptions in one currency: count, errors, warnings, sums and the oldest first-seen date.</summary>
public sealed class CurrencyFigures
{
    public int Count, Errors, Warnings;
    public decimal Amount, Difference;
    public DateOnly OldestFirstSeen = DateOnly.MaxValue;

    public void Add(Discrepancy d, DateOnly firstSeen)
    {
        Count++;
        if (d.Severity == Severity.Error) Errors++;
        if (d.Severity == Severity.Warning) Warnings++;
        Amount += d.Amount ?? 0m;
        Difference += d.Difference ?? 0m;
        if (firstSeen < OldestFirstSeen) OldestFirstSeen = firstSeen;
    }
}
