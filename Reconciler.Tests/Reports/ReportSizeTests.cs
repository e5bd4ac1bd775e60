using System.Diagnostics;
using ClosedXML.Excel;
using Reconciler.Configuration;
using Reconciler.Reports.Aging;
using Reconciler.Reports.Exceptions;
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
    public void MoreOpenInvoicesThanTheDefaultCap_AreCappedOnTheDetailSheet()
    {
        using var folder = new TempFolder();
        var night = NightResults.With(items: Enumerable.Range(1, ReportSettings.DefaultMaxXlsxRows + 1).Select(n =>
            NightResults.Invoice($"INV-{n:D6}", $"C-{n % 700}", NightResults.AsOf.AddDays(-(n % 200)), 10m + n)));

        var watch = Stopwatch.StartNew();
        new AgingXlsx().Write(night, folder.File("aging.xlsx"));
        TestContext.Out.WriteLine($"aging.xlsx, 20,001 open invoices: {watch.Elapsed.TotalSeconds:0.00} s");

        using var workbook = new XLWorkbook(folder.File("aging.xlsx"));
        Assert.That(workbook.Worksheet(AgingXlsx.DetailSheet).Cell(ReportSettings.DefaultMaxXlsxRows + 3, 1).GetString(), Does.Contain("first 20,000 of 20,001").And.Contain("aging.csv"));
    }

    [Test]
    public void ExceptionsBeyondTheWorkbookCap_AreSharedOutAcrossTheCategorySheets()
    {
        using var folder = new TempFolder();
        // 2 short payments and 40 unmatched receipts with room for 12: the small category whole, the big one the rest.
        var night = NightResults.With(exceptions: Enumerable.Range(1, 42).Select(n =>
            NightResults.Exception(n, n <= 2 ? DiscrepancyCategory.ShortPayment : DiscrepancyCategory.UnmatchedReceipt)));

        new ExceptionsXlsx(maxRows: 12).Write(night, folder.File("exceptions.xlsx"));

        using var workbook = new XLWorkbook(folder.File("exceptions.xlsx"));
        var rows = workbook.Worksheets.Skip(1).ToDictionary(s => s.Name, s => s.Tables.Single().DataRange.RowCount());
        Assert.That(rows, Is.EqualTo(new Dictionary<string, int> { [DiscrepancyCategory.UnmatchedReceipt] = 10, [DiscrepancyCategory.ShortPayment] = 2 }));
        Assert.That(workbook.Worksheet(DiscrepancyCategory.UnmatchedReceipt).Cell(13, 1).GetString(), Does.Contain("first 10 of 40").And.Contain("exceptions.csv"));
    }

    [Test]
    public void Shares_GiveSmallCategoriesAllTheirRowsAndSplitTheRestEvenly()
    {
        Assert.That(ExceptionsXlsx.Shares([5, 100, 3, 100], 50), Is.EqualTo(new[] { 5, 21, 3, 21 }));
        Assert.That(ExceptionsXlsx.Shares([5, 3], 50), Is.EqualTo(new[] { 5, 3 }));
        Assert.That(ExceptionsXlsx.Shares([4, 4, 4], 2), Is.EqualTo(new[] { 1, 1, 1 }), "every sheet keeps at least one row");
    }
}
