using ClosedXML.Excel;
using Reconciler.Reports.Decisions;
using Reconciler.Reports.Exceptions;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Exceptions;

public sealed class ExceptionsXlsxTests
{
    private static XLWorkbook Write(NightResult night, TempFolder folder)
    {
        var path = folder.File("exceptions.xlsx");
        new ExceptionsXlsx().Write(night, path);
        return new XLWorkbook(path);
    }

    private static NightResult Mixed() => NightResults.With(exceptions:
    [
        NightResults.Exception(1),
        NightResults.Exception(2, DiscrepancyCategory.ShortPayment, amount: 400m, invoice: "INV-7"),
        NightResults.Exception(3, DiscrepancyCategory.StatementOutOfBalance, Severity.Warning, amount: null),
        NightResults.Exception(4, amount: 1234.5m),
    ]);

    [Test]
    public void RealNight_HasASummaryAndOneSheetPerCategoryWithItems()
    {
        var (night, outcome) = ReviewNight.Run();
        using var _ = night;
        using var workbook = new XLWorkbook(night.Report("exceptions.xlsx"));

        Assert.That(outcome.Night.Exceptions.Select(e => e.Discrepancy.Category).Distinct(), Is.EquivalentTo(new[] { "unmatched_receipt", "short_payment" }));
        Assert.That(workbook.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "Summary", "unmatched_receipt", "short_payment" }));
        Assert.That(workbook.Worksheet("unmatched_receipt").Tables.Single().DataRange.RowCount(), Is.EqualTo(2));
    }

    [Test]
    public void CategorySheet_IsAStyledTable_WithFrozenHeader_Autofilter_AndExplicitWidths()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);
        var sheet = workbook.Worksheet("unmatched_receipt");

        var table = sheet.Tables.Single();
        Assert.That(table.ShowAutoFilter, Is.True);
        Assert.That(table.Fields.Select(f => f.Name), Is.EqualTo(ExceptionColumns.All));
        Assert.That(table.DataRange.RowCount(), Is.EqualTo(2));
        Assert.That(sheet.SheetView.SplitRow, Is.EqualTo(1));
        Assert.That(sheet.Column(ExceptionColumns.Number("description")).Width, Is.EqualTo(60).Within(1));
        Assert.That(sheet.Column(ExceptionColumns.Number("description")).Style.Alignment.WrapText, Is.True);
        Assert.That(sheet.Column(ExceptionColumns.Number("candidates")).Style.Alignment.WrapText, Is.True);
    }

    [Test]
    public void AmountsAndDates_AreRealNumbersAndDates_WithFormats()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);
        var sheet = workbook.Worksheet("unmatched_receipt");

        var amount = sheet.Cell(3, ExceptionColumns.Number("amount"));
        var firstSeen = sheet.Cell(3, ExceptionColumns.Number("first_seen"));
        Assert.That((amount.DataType, amount.GetValue<decimal>(), amount.Style.NumberFormat.Format),
            Is.EqualTo((XLDataType.Number, 1234.5m, "#,##0.00")));
        Assert.That((firstSeen.DataType, firstSeen.GetDateTime(), firstSeen.Style.DateFormat.Format),
            Is.EqualTo((XLDataType.DateTime, new DateTime(2025, 3, 12), "yyyy-mm-dd")));
        Assert.That(sheet.Cell(2, ExceptionColumns.Number("description")).GetString(), Does.StartWith("exception number 1 "));
    }

    [Test]
    public void DecisionColumn_OffersTheSixChoicesAsADropdownList()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);
        var sheet = workbook.Worksheet("unmatched_receipt");

        var validation = sheet.DataValidations.Single();
        Assert.That(validation.AllowedValues, Is.EqualTo(XLAllowedValues.List));
        Assert.That(validation.InCellDropdown, Is.True);
        Assert.That(validation.Value, Is.EqualTo("\"Apply,Write off,Refund,Appeal,Ignore,Investigate\""));
        Assert.That(validation.Ranges.Single().RangeAddress.ToString(), Is.EqualTo("Q2:Q3"));
        Assert.That(sheet.Cell(1, ExceptionColumns.Number(ExceptionColumns.Decision)).GetString(), Is.EqualTo("Decision"));
    }

    [Test]
    public void KeyColumn_HoldsTheExceptionId_AndIsHidden()
    {
        using var folder = new TempFolder();
        var night = Mixed();
        using var workbook = Write(night, folder);
        var sheet = workbook.Worksheet("short_payment");
        var key = ExceptionColumns.Number(ExceptionColumns.Key);

        Assert.That(sheet.Cell(1, key).GetString(), Is.EqualTo("exception_id_key"));
        Assert.That(sheet.Cell(2, key).GetString(), Is.EqualTo(night.Exceptions[1].Discrepancy.Id));
        Assert.That(sheet.Column(key).IsHidden, Is.True);
        Assert.That(sheet.Column(ExceptionColumns.Number("exception_id")).IsHidden, Is.False);
    }

    [Test]
    public void ErrorRowsAreLightRed_AndWarningRowsLightAmber()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);

        Assert.That(Fill(workbook.Worksheet("unmatched_receipt").Cell(2, 1)), Is.EqualTo(ExceptionSheet.ErrorColor));
        Assert.That(Fill(workbook.Worksheet("statement_out_of_balance").Cell(2, 13)), Is.EqualTo(ExceptionSheet.WarningColor));
    }

    [Test]
    public void ReviewerColumns_AreShadedForTheReviewer_BelowTheHeader()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);
        var sheet = workbook.Worksheet("unmatched_receipt");

        foreach (var name in new[] { ExceptionColumns.Decision, ExceptionColumns.ApplyTo, ExceptionColumns.Note })
        {
            Assert.That(Fill(sheet.Cell(2, ExceptionColumns.Number(name))), Is.EqualTo("#E2EFDA"), name);
            Assert.That(sheet.Cell(2, ExceptionColumns.Number(name)).IsEmpty(), Is.True, name);
        }
        Assert.That(sheet.Cell(1, ExceptionColumns.Number(ExceptionColumns.Decision)).Style.Font.Bold, Is.True);
    }

    [Test]
    public void Summary_CountsAndSumsEachCategory_AndLinksToItsSheet()
    {
        using var folder = new TempFolder();
        using var workbook = Write(Mixed(), folder);
        var summary = workbook.Worksheet("Summary");

        var row = summary.RowsUsed().Single(r => r.Cell(1).HasFormula && SheetLinks.Target(r.Cell(1).FormulaA1)?.Sheet == "unmatched_receipt");
        Assert.That((row.Cell(3).GetValue<int>(), row.Cell(6).GetValue<decimal>(), row.Cell(8).GetDateTime()),
            Is.EqualTo((2, 1334.5m, new DateTime(2025, 3, 12))));
        Assert.That(row.Cell(6).Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That(SheetLinks.Target(row.Cell(1).FormulaA1), Is.EqualTo(("unmatched_receipt", "unmatched_receipt")));
        Assert.That(row.Cell(1).CachedValue?.ToString(), Is.EqualTo("unmatched_receipt"));
        Assert.That(summary.RowsUsed().Last().Cell(3).GetValue<int>(), Is.EqualTo(4));
    }

    [Test]
    public void SheetNames_AreCutTo31Characters()
    {
        using var folder = new TempFolder();
        using var workbook = Write(NightResults.With(exceptions: [NightResults.Exception(1, "a_category_name_far_longer_than_excel_allows")]), folder);

        Assert.That(workbook.Worksheets.Select(s => s.Name), Is.EqualTo(new[] { "Summary", "a_category_name_far_longer_than" }));
        Assert.That(SheetLinks.Target(workbook.Worksheet("Summary").Cell(4, 1).FormulaA1)?.Sheet, Is.EqualTo("a_category_name_far_longer_than"));
    }

    [Test]
    public async Task SheetBeyondTheCap_EndsWithANotePointingToTheCsv()
    {
        using var folder = new TempFolder();
        var items = Enumerable.Range(1, 5).Select(n => (NightResults.Exception(n), NightResults.AsOf)).ToList();
        await using (var book = await XlsxWorkbook.CreateAsync(folder.File("capped.xlsx")))
        {
            await ExceptionSheet.WriteAsync(book, "unmatched_receipt", items, new ExceptionSourceText(NightResults.With()), "Capped", maxRows: 3);
            await book.FinishAsync();
        }

        using var workbook = new XLWorkbook(folder.File("capped.xlsx"));
        var sheet = workbook.Worksheet("unmatched_receipt");
        Assert.That(sheet.Tables.Single().DataRange.RowCount(), Is.EqualTo(3));
        Assert.That(sheet.Cell(6, 1).GetString(), Does.Contain("first 3 of 5").And.Contain("exceptions.csv"));
    }

    private static string Fill(IXLCell cell) => "#" + (cell.Style.Fill.BackgroundColor.Color.ToArgb() & 0xFFFFFF).ToString("X6", System.Globalization.CultureInfo.InvariantCulture);
}
