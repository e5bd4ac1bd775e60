using System.Globalization;
using ClosedXML.Excel;
using Reconciler.Reports.Deposits;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Deposits;

public sealed class DepositsXlsxTests
{
    [Test]
    public void DepositsSheet_HasTheSameRowsAsDepositsCsv_WithRealNumbersAndDates()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        using var workbook = new XLWorkbook(night.Report("deposits.xlsx"));
        var sheet = workbook.Worksheet(DepositsXlsx.DepositsSheet);
        var csv = ReportFiles.Rows(night.Report("deposits.csv"));

        var header = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.That(header, Is.EqualTo(File.ReadLines(night.Report("deposits.csv")).First().Split(',')));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.That(rows, Has.Count.EqualTo(csv.Count).And.Count.EqualTo(4));
        for (var i = 0; i < csv.Count; i++)
        {
            var row = rows[i];
            Assert.That(row.Cell(3).GetString(), Is.EqualTo(csv[i]["bank_line_id"]));
            Assert.That(row.Cell(1).GetString(), Is.EqualTo(csv[i]["bank_account"]).And.EqualTo("****6789"));
            Assert.That(row.Cell(2).GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Is.EqualTo(csv[i]["booking_date"]));
            Assert.That(row.Cell(4).GetValue<decimal>(), Is.EqualTo(decimal.Parse(csv[i]["amount"], CultureInfo.InvariantCulture)));
            Assert.That(row.Cell(11).GetValue<decimal>(), Is.EqualTo(decimal.Parse(csv[i]["difference"], CultureInfo.InvariantCulture)));
            Assert.That((row.Cell(6).GetString(), row.Cell(7).GetString(), row.Cell(8).GetString(), row.Cell(9).GetString()),
                Is.EqualTo((csv[i]["description"], csv[i]["kind"], csv[i]["status"], csv[i]["matched_to"])));
        }
        Assert.That(sheet.Cell(2, 4).Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That(sheet.Cell(2, 2).Style.DateFormat.Format, Is.EqualTo("yyyy-mm-dd"));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1));
        Assert.That((sheet.AutoFilter.IsEnabled, sheet.AutoFilter.Range.RangeAddress.ToString()), Is.EqualTo((true, "A1:K5")));
        Assert.That(sheet.Column(6).Width, Is.EqualTo(50).Within(1));
    }

    [Test]
    public void TotalsSheet_SumsByKindAndByAccount()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        using var workbook = new XLWorkbook(night.Report("deposits.xlsx"));
        var totals = workbook.Worksheet(DepositsXlsx.TotalsSheet).RowsUsed().Skip(1)
            .Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString(), r.Cell(4).GetValue<int>(), r.Cell(5).GetValue<decimal>(), r.Cell(6).GetValue<decimal>()))
            .ToList();

        Assert.That(totals, Is.EqualTo(new[]
        {
            ("kind", "customer_payment", 2, 3000m, 0m),
            ("kind", "unidentified", 2, 108m, 108m),
            ("bank_account", "****6789", 4, 3108m, 108m),
        }));
    }
}
