using Reconciler.Reports.Decisions;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Exceptions;

/// <summary>The Summary sheet of exceptions.xlsx: per category and currency, how many, how much, since when.</summary>
public static class ExceptionsSummarySheet
{
    private static readonly string[] Columns = ["category", "currency", "count", "errors", "warnings", "amount", "difference", "oldest_first_seen"];
    private const int HeaderRow = 3;
    private static readonly XlsxFormat Link = new(XlsxFont.Link);

    public static async Task WriteAsync(XlsxWorkbook workbook, NightResult night, IReadOnlyList<CategoryGroup> groups)
    {
        var sheet = await workbook.AddSheetAsync(ExceptionColumns.SummarySheet, HeaderRow,
            [new(26), new(10), new(8), new(8), new(10), new(15, XlsxFormat.Amount), new(15, XlsxFormat.Amount), new(18, XlsxFormat.Date)]);
        await sheet.RowAsync(1);
        sheet.Code(1, $"Exceptions of run {night.RunId} as of {night.AsOf:yyyy-MM-dd}", new XlsxFormat(XlsxFont.Title));
        await sheet.HeaderAsync(HeaderRow, Columns, XlsxFormat.Header);
        var row = HeaderRow;
        var all = new CurrencyFigures();
        foreach (var group in groups)
        {
            foreach (var (currency, figures) in group.Currencies)
            {
                await sheet.RowAsync(++row);
                sheet.Link(1, group.Category, group.Sheet, Link);
                sheet.Code(2, currency);
                sheet.Number(3, figures.Count);
                sheet.Number(4, figures.Errors);
                sheet.Number(5, figures.Warnings);
                sheet.Amount(6, figures.Amount);
                sheet.Amount(7, figures.Difference);
                sheet.Date(8, figures.OldestFirstSeen);
                all.Count += figures.Count;
                all.Errors += figures.Errors;
                all.Warnings += figures.Warnings;
                if (figures.OldestFirstSeen < all.OldestFirstSeen) all.OldestFirstSeen = figures.OldestFirstSeen;
            }
        }
        await sheet.RowAsync(++row);
        sheet.Code(1, "total", XlsxFormat.Total);
        sheet.Code(2, null, XlsxFormat.Total);
        sheet.Number(3, all.Count, XlsxFormat.Total);
        sheet.Number(4, all.Errors, XlsxFormat.Total);
        sheet.Number(5, all.Warnings, XlsxFormat.Total);
        sheet.Amount(6, null, XlsxFormat.Total with { Number = XlsxNumber.Amount });
        sheet.Amount(7, null, XlsxFormat.Total with { Number = XlsxNumber.Amount });
        sheet.Date(8, all.Count > 0 ? all.OldestFirstSeen : null, XlsxFormat.Total with { Number = XlsxNumber.Date });
        if (groups.Count == 0)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, "No exceptions this night.");
        }
        await sheet.FinishAsync();
    }
}
