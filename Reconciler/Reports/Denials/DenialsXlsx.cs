using Reconciler.Configuration;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Denials;

/// <summary>denials.xlsx: the rows of denials.csv and a Summary sheet (denied count and amount, in all and by category).</summary>
public sealed class DenialsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows, DenialsSettings? settings = null) : IReportWriter
{
    public const string DenialsSheet = "Denials";
    public const string SummarySheet = "Summary";

    public string FileName => "denials.xlsx";

    public void Write(NightResult night, string path) => WriteAsync(night, path).GetAwaiter().GetResult();

    public async Task WriteAsync(NightResult night, string path)
    {
        var rows = DenialRows.For(night, settings ?? DenialsSettings.Default);
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        await WriteSummaryAsync(workbook, DenialSummary.Of(rows));
        await WriteRowsAsync(workbook, rows);
        await workbook.FinishAsync();
    }

    private static async Task WriteSummaryAsync(XlsxWorkbook workbook, DenialSummary summary)
    {
        var sheet = await workbook.AddSheetAsync(SummarySheet, 1, [new(24), new(10), new(14, XlsxFormat.Amount)]);
        await sheet.HeaderAsync(1, ["category", "denied", "amount"], XlsxFormat.Header);
        var row = 1;
        foreach (var (category, count, amount) in summary.ByCategory)
        {
            await sheet.RowAsync(++row);
            sheet.Code(1, category);
            sheet.Number(2, count);
            sheet.Amount(3, amount);
        }
        await sheet.RowAsync(++row);
        sheet.Code(1, "total", XlsxFormat.Total);
        sheet.Number(2, summary.Count, XlsxFormat.Total);
        sheet.Amount(3, summary.Amount, XlsxFormat.Total with { Number = XlsxNumber.Amount });
        row++;
        await sheet.RowAsync(++row);
        sheet.Code(1, "status", XlsxFormat.Header);
        sheet.Code(2, "claims", XlsxFormat.Header);
        sheet.Code(3, "amount", XlsxFormat.Header);
        foreach (var (status, count, amount) in summary.ByStatus)
        {
            await sheet.RowAsync(++row);
            sheet.Code(1, status);
            sheet.Number(2, count);
            sheet.Amount(3, amount);
        }
        await sheet.RowAsync(++row);
        sheet.Code(1, "recovered by appeals");
        sheet.Amount(3, summary.Recovered);
        await sheet.RowAsync(++row);
        sheet.Code(1, "written off");
        sheet.Amount(3, summary.WrittenOff);
        await sheet.FinishAsync();
    }

    private async Task WriteRowsAsync(XlsxWorkbook workbook, IReadOnlyList<DenialRow> rows)
    {
        var shown = Math.Min(rows.Count, maxRows);
        var sheet = await workbook.AddSheetAsync(DenialsSheet, 1,
            [new(16), new(12), new(12, XlsxFormat.Date), new(12, XlsxFormat.Amount), new(12, XlsxFormat.Date), new(12), new(12),
                new(9), new(12, XlsxFormat.Date), new(9), new(16), new(20), new(11), new(40, XlsxFormat.Wrapped), new(40, XlsxFormat.Wrapped)],
            filter: shown > 0 ? XlsxSheet.Range(1, 1, shown + 1, DenialRows.Header.Length) : null);
        await sheet.HeaderAsync(1, DenialRows.Header, XlsxFormat.Header);
        var row = 1;
        foreach (var r in rows.Take(maxRows))
        {
            await sheet.RowAsync(++row);
            sheet.Text(1, r.ClaimNumber);
            sheet.Text(2, r.PayerId);
            sheet.Date(3, r.ServiceDate);
            sheet.Amount(4, r.Charge);
            sheet.Date(5, r.DeniedOn);
            sheet.Text(6, string.Join(" ", r.Carc));
            sheet.Text(7, string.Join(" ", r.Rarc));
            sheet.Code(8, r.Status);
            sheet.Date(9, r.AppealBy);
            sheet.Number(10, r.DaysLeft);
            sheet.Code(11, r.ExceptionId);
            sheet.Code(12, r.Category);
            sheet.Code(13, r.Correctable ? "yes" : "no");
            sheet.Text(14, r.CarcDescription);
            sheet.Text(15, r.RarcDescription);
        }
        if (rows.Count > maxRows)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {rows.Count:N0} denials are shown here; denials.csv has them all.", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
    }
}
