using System.Diagnostics;
using ClosedXML.Excel;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Discrepancies;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports;

/// <summary>How the workbooks cope with a busy night. Times are printed for the record only: speed is claimed from `bench`, not from tests.</summary>
public sealed class ReportSizeTests
{
    [Test]
    public void FiveThousandExceptions_AreAllWrittenAcrossTheCategorySheets()
    {
        using var folder = new TempFolder();
        string[] categories = [DiscrepancyCategory.UnmatchedReceipt, DiscrepancyCategory.ShortPayment, DiscrepancyCategory.Overpayment, DiscrepancyCategory.StatementOutOfBalance];
        var night = NightResults.With(exceptions: Enumerable.Range(1, 5000).Select(n => NightResults.Exception(n, categories[n % 4],
            n % 4 == 3 ? Severity.Warning : Severity.Error, amount: n, invoice: n % 2 == 0 ? $"INV-{n}" : null)));

        var watch = Stopwatch.StartNew();
        new ExceptionsXlsx().Write(night, folder.File("exceptions.xlsx"));
        watch.Stop();

        TestContext.Out.WriteLine($"exceptions.xlsx, 5,000 exceptions: {watch.Elapsed.TotalSeconds:0.00} s, {new FileInfo(folder.File("exceptions.xlsx")).Length / 1024} KiB");
        using var workbook = new XLWorkbook(folder.File("exceptions.xlsx"));
        Assert.That(workbook.Worksheets.Skip(1).Sum(s => s.Tables.Single().DataRange.RowCount()), Is.EqualTo(5000));
    }

    [Test]
    public void FiftyThousandAndOneOpenInvoices_AreCappedOnTheDetailSheet()
    {
        using var folder = new TempFolder();
        var night = NightResults.With(items: Enumerable.Range(1, 50_001).Select(n =>
            NightResults.Invoice($"INV-{n:D6}", $"C-{n % 700}", NightResults.AsOf.AddDays(-(n % 200)), 10m + n)));

        var watch = Stopwatch.StartNew();
        new AgingXlsx().Write(night, folder.File("aging.xlsx"));
        TestContext.Out.WriteLine($"aging.xlsx, 50,001 open invoices: {watch.Elapsed.TotalSeconds:0.00} s");

        using var workbook = new XLWorkbook(folder.File("aging.xlsx"));
        Assert.That(workbook.Worksheet(AgingXlsx.DetailSheet).Cell(50_003, 1).GetString(), Does.Contain("first 50,000 of 50,001"));
    }
}
