using ClosedXML.Excel;
using Reconciler.Reports.Aging;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Aging;

public sealed class AgingXlsxTests
{
    private static NightResult Night() => NightResults.With(items:
    [
        NightResults.Invoice("INV-1", "C-1", NightResults.AsOf.AddDays(5), 100m),
        NightResults.Invoice("INV-2", "C-1", NightResults.AsOf.AddDays(-10), 250.25m),
        NightResults.Invoice("INV-3", "C-2", NightResults.AsOf.AddDays(-100), 1000m),
        NightResults.Invoice("INV-4", "C-2", NightResults.AsOf.AddDays(-45), 0m),
    ]);

    private static XLWorkbook Write(NightResult night, TempFolder folder, AgingBuckets? buckets = null, int maxDetail = Reconciler.Configuration.ReportSettings.DefaultMaxXlsxRows)
    {
        var path = folder.File("aging.xlsx");
        new AgingXlsx(buckets, maxDetail).Write(night, path);
        return new XLWorkbook(path);
    }

    [Test]
    public void ByCustomer_HasTheConfiguredBuckets_AndATotalsRow()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Night(), folder, new AgingBuckets([15, 60]));
        var sheet = workbook.Worksheet(AgingXlsx.ByCustomerSheet);

        Assert.That(sheet.Row(1).CellsUsed().Select(c => c.GetString()),
            Is.EqualTo(new[] { "as_of", "customer_id", "customer_name", "currency", "current", "d1_15", "d16_60", "d61_plus", "total", "unapplied_credit", "net_balance", "responsible" }));
        Assert.That(Enumerable.Range(5, 5).Select(c => sheet.Cell(2, c).GetValue<decimal>()), Is.EqualTo(new[] { 100m, 250.25m, 0m, 0m, 350.25m }));
        Assert.That(sheet.Cell(4, 2).GetString(), Is.EqualTo("total"));
        Assert.That(Enumerable.Range(5, 5).Select(c => sheet.Cell(4, c).GetValue<decimal>()), Is.EqualTo(new[] { 100m, 250.25m, 0m, 1000m, 1350.25m }));
        Assert.That(sheet.Cell(4, 9).Style.Font.Bold, Is.True);
        Assert.That(sheet.Cell(2, 9).Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That((sheet.Cell(2, 1).DataType, sheet.Cell(2, 1).Style.DateFormat.Format), Is.EqualTo((XLDataType.DateTime, "yyyy-mm-dd")));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1));
        Assert.That(sheet.Column(3).Width, Is.EqualTo(34).Within(1));
        Assert.That((sheet.AutoFilter.IsEnabled, sheet.AutoFilter.Range.RangeAddress.ToString()), Is.EqualTo((true, "A1:L4")));
    }

    [Test]
    public void Detail_HasOneRowPerOpenInvoice_WithDaysPastDueAndBucket()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Night(), folder);
        var sheet = workbook.Worksheet(AgingXlsx.DetailSheet);

        var rows = sheet.RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(6).GetValue<int>(), r.Cell(7).GetString(), r.Cell(8).GetValue<decimal>())).ToList();
        Assert.That(rows, Is.EqualTo(new[] { ("INV-2", 10, "d1_30", 250.25m), ("INV-1", 0, "current", 100m), ("INV-3", 100, "d91_plus", 1000m) }));
        Assert.That((sheet.Cell(2, 5).DataType, sheet.Cell(2, 5).Style.DateFormat.Format), Is.EqualTo((XLDataType.DateTime, "yyyy-mm-dd")));
        Assert.That(sheet.Cell(2, 8).Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1));
        Assert.That((sheet.AutoFilter.IsEnabled, sheet.AutoFilter.Range.RangeAddress.ToString()), Is.EqualTo((true, "A1:H4")));
    }

    [Test]
    public void DetailBeyondTheCap_EndsWithANotePointingToAgingCsv()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Night(), folder, maxDetail: 2);
        var sheet = workbook.Worksheet(AgingXlsx.DetailSheet);

        Assert.That(sheet.Cell(3, 1).GetString(), Is.EqualTo("INV-1"));
        Assert.That(sheet.Cell(4, 1).IsEmpty(), Is.True);
        Assert.That(sheet.Cell(5, 1).GetString(), Does.Contain("first 2 of 3").And.Contain("aging.csv"));
    }

    [Test]
    public void RealNight_AgingWorkbookTotalsAgreeWithAgingCsv()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        using var workbook = new XLWorkbook(night.Report("aging.xlsx"));

        var csvTotal = ReportFiles.Rows(night.Report("aging.csv")).Sum(r => decimal.Parse(r["total"], System.Globalization.CultureInfo.InvariantCulture));
        var sheet = workbook.Worksheet(AgingXlsx.ByCustomerSheet);
        var totals = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "total");
        Assert.That(totals.Cell(10).GetValue<decimal>(), Is.EqualTo(csvTotal));
        Assert.That(workbook.Worksheet(AgingXlsx.DetailSheet).Column(8).CellsUsed().Skip(1).Sum(c => c.GetValue<decimal>()), Is.EqualTo(csvTotal));
    }
}
