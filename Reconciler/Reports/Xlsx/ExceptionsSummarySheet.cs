using Reconciler.Reports.Xlsx.Streaming;
using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

/// <summary>The Summary sheet of exceptions.xlsx: per category and currency, how many, how much, since when.</summary>
public static class ExceptionsSummarySheet
{
    private static readonly string[] Columns = ["category", "currency", "count", "errors", "warnings", "amount", "difference", "oldest_first_seen"];
    private const int HeaderRow = 3;
    private static readonly XlsxFormat Link = new(XlsxFont.Link);

    public static void Write(StreamedSheet sheet, NightResult night, IReadOnlyList<CategoryGroup> groups)
    {
        sheet.Begin(HeaderRow,
            [new(26), new(10), new(8), new(8), new(10), new(15, XlsxFormat.Amount), new(15, XlsxFormat.Amount), new(18, XlsxFormat.Date)]);
        sheet.Row(1);
        sheet.Code(1, $"Exceptions of run {night.RunId} as of {night.AsOf:yyyy-MM-dd}", new XlsxFormat(XlsxFont.Title));
        sheet.Row(HeaderRow);
        for (var c = 0; c < Columns.Length; c++) sheet.Code(c + 1, Columns[c], XlsxFormat.Header);
        var row = HeaderRow;
        foreach (var group in groups)
        {
            foreach (var byCurrency in group.Items.GroupBy(e => e.Discrepancy.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                sheet.Row(++row);
                sheet.Link(1, group.Category, $"'{group.Sheet}'!A1", Link);
                sheet.Code(2, byCurrency.Key);
                sheet.Number(3, byCurrency.Count());
                sheet.Number(4, byCurrency.Count(e => e.Discrepancy.Severity == Severity.Error));
                sheet.Number(5, byCurrency.Count(e => e.Discrepancy.Severity == Severity.Warning));
                sheet.Amount(6, byCurrency.Sum(e => e.Discrepancy.Amount ?? 0m));
                sheet.Amount(7, byCurrency.Sum(e => e.Discrepancy.Difference ?? 0m));
                sheet.Date(8, byCurrency.Min(e => e.FirstSeen));
            }
        }
        sheet.Row(++row);
        sheet.Code(1, "total", XlsxFormat.Total);
        sheet.Code(2, null, XlsxFormat.Total);
        sheet.Number(3, night.Exceptions.Count, XlsxFormat.Total);
        sheet.Number(4, night.Exceptions.Count(e => e.Discrepancy.Severity == Severity.Error), XlsxFormat.Total);
        sheet.Number(5, night.Exceptions.Count(e => e.Discrepancy.Severity == Severity.Warning), XlsxFormat.Total);
        sheet.Amount(6, null, XlsxFormat.Total with { Number = XlsxNumber.Amount });
        sheet.Amount(7, null, XlsxFormat.Total with { Number = XlsxNumber.Amount });
        sheet.Date(8, night.Exceptions.Count > 0 ? night.Exceptions.Min(e => e.FirstSeen) : null, XlsxFormat.Total with { Number = XlsxNumber.Date });
        if (groups.Count == 0)
        {
            sheet.Row(row + 2);
            sheet.Code(1, "No exceptions this night.");
        }
        sheet.Finish();
    }
}
