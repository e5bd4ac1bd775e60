using ClosedXML.Excel;
using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

/// <summary>
/// exceptions.xlsx: a Summary sheet and one sheet per category that has items, with the columns of
/// exceptions.csv plus the reviewer's Decision, Apply to and Note. The returned workbook is read back by
/// <see cref="Decisions.DecisionsWorkbookReader"/>.
/// </summary>
public sealed class ExceptionsXlsx : IReportWriter
{
    /// <summary>Rows per category sheet; beyond it a note points to exceptions.csv (ClosedXML slows down badly).</summary>
    public const int MaxRowsPerSheet = 50_000;

    public string FileName => "exceptions.xlsx";

    public void Write(NightResult night, string path)
    {
        var groups = night.Exceptions
            .GroupBy(e => e.Discrepancy.Category)
            .OrderBy(g => Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryGroup(g.Key, XlsxCells.SheetName(g.Key), g.ToList()))
            .ToList();

        using var workbook = new XLWorkbook();
        var summary = workbook.Worksheets.Add(ExceptionColumns.SummarySheet);
        var sourceTexts = Csv.ExceptionSourceText.For(night);
        var tableNumber = 0;
        foreach (var group in groups)
            ExceptionSheet.Write(workbook.Worksheets.Add(group.Sheet), group.Items, sourceTexts, $"Exceptions{++tableNumber}", MaxRowsPerSheet);
        ExceptionsSummarySheet.Write(summary, night, groups);
        workbook.SaveAs(path);
    }

    private static int Order(string category)
    {
        var index = DiscrepancyCategory.All.ToList().IndexOf(category);
        return index < 0 ? int.MaxValue : index;
    }
}

