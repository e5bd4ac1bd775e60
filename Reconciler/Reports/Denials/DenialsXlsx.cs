using Reconciler.Configuration;
using Reconciler.Reports.Xlsx.Streaming;
using Reconciler.Runs;

namespace Reconciler.Reports.Denials;

/// <summary>denials.xlsx: the rows of denials.csv and a Summary sheet (denied count and amount, in all and by category).</summary>
public sealed class DenialsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows, DenialsSettings? settings = null) : IReportWriter
{
    public const string DenialsSheet = "Denials";
    public const string SummarySheet = "Summary";

    public string FileName => "denials.xlsx";

    public void Write(NightResult night, string path)
    {
        var rows = DenialRows.For(night, settings ?? DenialsSettings.Current);
        using var workbook = new StreamedWorkbook(path);
        WriteSummary(workbook.AddSheet(SummarySheet), DenialSummary.Of(rows));
        WriteRows(workbook.AddSheet(DenialsSheet), rows);
    }

    private static void WriteSummary(StreamedSheet sheet, DenialSummary summary)
    {
        sheet.Begin(1, [new(24), new(10), new(14, XlsxFormat.Amount)]);
        sheet.Row(1);
        sheet.Code(1, "category", XlsxFormat.Header);
        sheet.Code(2, "denied", XlsxFormat.Header);
        sheet.Code(3, "amount", XlsxFormat.Header);
        var row = 1;
        foreach (var (category, count, amount) in summary.ByCategory)
        {
            sheet.Row(++row);
            sheet.Code(1, category);
            sheet.Number(2, count);
            sheet.Amount(3, amount);
        }
        sheet.Row(++row);
        sheet.Code(1, "total", XlsxFormat.Total);
        sheet.Number(2, summary.Count, XlsxFormat.Total);
        sheet.Amount(3, summary.Amount, XlsxFormat.Total);
        sheet.Finish();
    }

    private void WriteRows(StreamedSheet sheet, IReadOnlyList<DenialRow> rows)
    {
        sheet.Begin(1, [new(16), new(12), new(12, XlsxFormat.Date), new(12, XlsxFormat.Amount), new(12, XlsxFormat.Date), new(12), new(12),
            new(9), new(12, XlsxFormat.Date), new(9), new(16), new(20), new(11), new(40, XlsxFormat.Wrapped), new(40, XlsxFormat.Wrapped)]);
        sheet.Row(1);
        for (var c = 0; c < DenialRows.Header.Length; c++) sheet.Code(c + 1, DenialRows.Header[c], XlsxFormat.Header);
        var row = 1;
        foreach (var r in rows.Take(maxRows))
        {
            sheet.Row(++row);
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
            sheet.Row(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {rows.Count:N0} denials are shown here; denials.csv has them all.", XlsxFormat.Note);
        }
        sheet.Finish(filter: row > 1 ? StreamedSheet.Range(1, 1, row, DenialRows.Header.Length) : null);
    }
}
