using ClosedXML.Excel;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

/// <summary>The Summary sheet of exceptions.xlsx: per category and currency, how many, how much, since when.</summary>
public static class ExceptionsSummarySheet
{
    private static readonly string[] Columns = ["category", "currency", "count", "errors", "warnings", "amount", "difference", "oldest_first_seen"];
    private const int HeaderRow = 3;

    public static void Write(IXLWorksheet sheet, NightResult night, IReadOnlyList<CategoryGroup> groups)
    {
        sheet.Cell(1, 1).Code($"Exceptions of run {night.RunId} as of {night.AsOf:yyyy-MM-dd}");
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        XlsxCells.Header(sheet, Columns, HeaderRow);
        var row = HeaderRow;
        foreach (var group in groups)
        {
            foreach (var byCurrency in group.Items.GroupBy(e => e.Discrepancy.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                row++;
                var link = sheet.Cell(row, 1).Code(group.Category);
                link.Hyperlink = new XLHyperlink($"'{group.Sheet}'!A1");
                link.Style.Font.FontColor = XLColor.Blue;
                link.Style.Font.Underline = XLFontUnderlineValues.Single;
                sheet.Cell(row, 2).Code(byCurrency.Key);
                sheet.Cell(row, 3).Number(byCurrency.Count());
                sheet.Cell(row, 4).Number(byCurrency.Count(e => e.Discrepancy.Severity == Rules.Discrepancies.Severity.Error));
                sheet.Cell(row, 5).Number(byCurrency.Count(e => e.Discrepancy.Severity == Rules.Discrepancies.Severity.Warning));
                sheet.Cell(row, 6).Amount(byCurrency.Sum(e => e.Discrepancy.Amount ?? 0m));
                sheet.Cell(row, 7).Amount(byCurrency.Sum(e => e.Discrepancy.Difference ?? 0m));
                sheet.Cell(row, 8).Date(byCurrency.Min(e => e.FirstSeen));
            }
        }
        row++;
        sheet.Cell(row, 1).Code("total");
        sheet.Cell(row, 3).Number(night.Exceptions.Count);
        sheet.Cell(row, 4).Number(night.Exceptions.Count(e => e.Discrepancy.Severity == Rules.Discrepancies.Severity.Error));
        sheet.Cell(row, 5).Number(night.Exceptions.Count(e => e.Discrepancy.Severity == Rules.Discrepancies.Severity.Warning));
        if (night.Exceptions.Count > 0) sheet.Cell(row, 8).Date(night.Exceptions.Min(e => e.FirstSeen));
        sheet.Range(row, 1, row, Columns.Length).Style.Font.Bold = true;
        sheet.Range(row, 1, row, Columns.Length).Style.Border.TopBorder = XLBorderStyleValues.Thin;

        XlsxCells.Widths(sheet, 26, 10, 8, 8, 10, 15, 15, 18);
        XlsxCells.AmountColumns(sheet, 6, 7);
        XlsxCells.DateColumns(sheet, 8);
        if (groups.Count == 0) sheet.Cell(row + 2, 1).Code("No exceptions this night.");
    }
}
