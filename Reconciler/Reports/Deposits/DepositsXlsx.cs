using Reconciler.Configuration;
using Reconciler.Reports.Facts;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Deposits;

/// <summary>deposits.xlsx: the rows of deposits.csv, and a Totals sheet by kind and by account.</summary>
public sealed class DepositsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string DepositsSheet = "Deposits";
    public const string TotalsSheet = "Totals";

    public string FileName => "deposits.xlsx";

    public void Write(NightResult night, string path) => WriteAsync(night, path).GetAwaiter().GetResult();

    public async Task WriteAsync(NightResult night, string path)
    {
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        var plan = NightFacts.Of(night).Deposits;
        await WriteRowsAsync(workbook, plan, maxRows);
        await new DepositTotalsSheet(plan).WriteAsync(workbook);
        await workbook.FinishAsync();
    }

    /// <summary>The Deposits sheet, <paramref name="maxRows"/> rows at most and then a note pointing to deposits.csv (the Totals sheet counts them all).</summary>
    private static async Task WriteRowsAsync(XlsxWorkbook workbook, DepositPlan plan, int maxRows)
    {
        var count = plan.Count;
        var shown = Math.Min(count, maxRows);
        var sheet = await workbook.AddSheetAsync(DepositsSheet, 1,
            [new(13), new(12, XlsxFormat.Date), new(20), new(14, XlsxFormat.Amount), new(9), new(50, XlsxFormat.Wrapped),
             new(18), new(13), new(24), new(7), new(14, XlsxFormat.Amount)],
            filter: shown > 0 ? XlsxSheet.Range(1, 1, shown + 1, DepositRows.Header.Length) : null);
        await sheet.HeaderAsync(1, DepositRows.Header, XlsxFormat.Header);
        var row = 1;
        foreach (var r in plan.Rows().Take(maxRows))
        {
            await sheet.RowAsync(++row);
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
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {count:N0} deposits are shown here; deposits.csv has them all (the Totals sheet counts them all).", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
    }
}
