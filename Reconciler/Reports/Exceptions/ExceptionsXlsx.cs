using Reconciler.Configuration;
using Reconciler.Reports.Decisions;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Exceptions;

/// <summary>
/// exceptions.xlsx: a Summary sheet and one sheet per category that has items, with the columns of
/// exceptions.csv plus the reviewer's Decision, Apply to and Note. The returned workbook is read back by
/// <see cref="Decisions.DecisionsWorkbookReader"/>.
/// </summary>
public sealed class ExceptionsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public string FileName => "exceptions.xlsx";

    public void Write(NightResult night, string path) => WriteAsync(night, path).GetAwaiter().GetResult();

    public async Task WriteAsync(NightResult night, string path)
    {
        var groups = ExceptionGroups.Of(night.Exceptions, maxRows);
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        await ExceptionsSummarySheet.WriteAsync(workbook, night, groups);
        var sourceTexts = ExceptionSourceText.For(night);
        for (var i = 0; i < groups.Count; i++)
            await ExceptionSheet.WriteAsync(workbook, groups[i].Sheet, groups[i].Listed, sourceTexts, $"Exceptions{i + 1}", groups[i].Listed.Count, groups[i].Count);
        await workbook.FinishAsync();
    }

    /// <summary>
    /// Rows shown per category sheet, <paramref name="total"/> at most in all: small categories are shown whole and the
    /// rest is shared evenly among the big ones, so a flood of one category does not hide the few of another.
    /// </summary>
    public static IReadOnlyList<int> Shares(IReadOnlyList<int> counts, int total)
    {
        var shares = new int[counts.Count];
        var left = total;
        var waiting = counts.Count;
        foreach (var i in Enumerable.Range(0, counts.Count).OrderBy(i => counts[i]).ThenBy(i => i))
        {
            // At least one row each, so every category sheet keeps its table even when there are more categories than rows.
            shares[i] = Math.Min(counts[i], Math.Max(1, left / waiting));
            left -= shares[i];
            waiting--;
        }
        return shares;
    }
}
