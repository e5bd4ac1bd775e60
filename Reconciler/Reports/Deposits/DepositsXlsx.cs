using Reconciler.Configuration;
using Reconciler.Reports.Facts;
using Reconciler.Reports.Xlsx.Streaming;
using Reconciler.Runs;

namespace Reconciler.Reports.Deposits;

/// <summary>deposits.xlsx: the rows of deposits.csv, and a Totals sheet by kind and by account.</summary>
public sealed class DepositsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string DepositsSheet = "Deposits";
    public const string TotalsSheet = "Totals";

    public string FileName => "deposits.xlsx";

    public void Write(NightResult night, string path)
    {
        using var workbook = new StreamedWorkbook(path);
        var plan = NightFacts.Of(night).Deposits;
        WriteRows(workbook.AddSheet(DepositsSheet), plan, maxRows);
        new DepositTotalsSheet(plan).Write(workbook.AddSheet(TotalsSheet));
    }

    /// <summary>The Deposits sheet, <paramref name="maxRows"/> rows at most and then a note pointing to deposits.csv (the Totals sheet counts them all).</summary>
    private static void WriteRows(StreamedSheet sheet, DepositPlan plan, int maxRows)
    {
        sheet.Begin(1, [new(13), new(12, XlsxFormat.Date), new(20), new(14, XlsxFormat.Amount), new(9), new(50, XlsxFormat.Wrapped),
            new(18), new(13), new(24), new(7), new(14, XlsxFormat.Amount)]);
        sheet.Row(1);
        for (var c = 0; c < DepositRows.Header.Length; c++) sheet.Code(c + 1, DepositRows.Header[c], XlsxFormat.Header);
        var row = 1;
        var count = plan.Count;
        foreach (var r in plan.Rows().Take(maxRows))
        {
            sheet.Row(++row);
            sheet.Text(1, r.BankAccount);
            sheet.Date(2, r.BookingDate);
            sheet.Code(3, r.BankLineId);
            sheet.Amount(4, r.Amount);
            sheet.Code(5, r.Currency);
            sheet.Text(6, r.Counterparty, r.Remittance);
            sheet.Code(7, r.Kind);
            sheet.Code(8, r.Status);
            sheet.Text(9, r.MatchedTo);
            sheet.Number(10, r.Items);
            sheet.Amount(11, r.Difference);
        }
        if (count > maxRows)
        {
            sheet.Row(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {count:N0} deposits are shown here; deposits.csv has them all (the Totals sheet counts them all).", XlsxFormat.Note);
        }
        sheet.Finish(filter: row > 1 ? StreamedSheet.Range(1, 1, row, DepositRows.Header.Length) : null);
    }
}
