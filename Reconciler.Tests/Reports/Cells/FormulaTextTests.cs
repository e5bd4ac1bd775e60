using ClosedXML.Excel;
using Reconciler.Reports.Decisions;

namespace Reconciler.Tests.Reports.Cells;

public sealed class FormulaTextTests
{
    [Test]
    public void BankLineWhoseTextIsAFormula_IsPlainTextInExceptionsXlsxAndCsv()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;

        using (var workbook = new XLWorkbook(night.Report("exceptions.xlsx")))
        {
            var sheet = workbook.Worksheet("unmatched_receipt");
            var cell = sheet.Column(ExceptionColumns.Number("source_text")).CellsUsed().Single(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
            Assert.That(cell.HasFormula, Is.False);
            Assert.That(cell.DataType, Is.EqualTo(XLDataType.Text));
            Assert.That(cell.GetString(), Is.EqualTo("'" + ReviewNight.FormulaText));
        }
        // The only formulas are the Summary sheet's links to the category sheets, built from the workbook's own sheet names.
        using (var workbook = new XLWorkbook(night.Report("exceptions.xlsx")))
        {
            var formulas = SheetLinks.Formulas(night.Report("exceptions.xlsx"));
            Assert.That(formulas, Is.Not.Empty);
            foreach (var (part, formula) in formulas)
            {
                Assert.That(part, Is.EqualTo("xl/worksheets/sheet1.xml"), formula);
                Assert.That(SheetLinks.Target(formula)?.Sheet, Is.AnyOf([.. workbook.Worksheets.Skip(1).Select(s => (object)s.Name)]), formula);
            }
        }
        var row = Support.ReportFiles.Rows(night.Report("exceptions.csv")).Single(r => r["source_text"].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.That(row["source_text"], Is.EqualTo("'" + ReviewNight.FormulaText));
    }

    [Test]
    public void FormulaTextInDepositsXlsx_IsStoredAsText()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        using var workbook = new XLWorkbook(night.Report("deposits.xlsx"));

        var cell = workbook.Worksheet("Deposits").Column(6).CellsUsed().Single(c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.That((cell.HasFormula, cell.DataType, cell.GetString()), Is.EqualTo((false, XLDataType.Text, "'" + ReviewNight.FormulaText)));
    }

    [TestCase("deposits.xlsx")]
    [TestCase("aging.xlsx")]
    public void WorkbooksOtherThanExceptions_HoldNoFormulaAtAll(string file)
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;

        Assert.That(SheetLinks.Formulas(night.Report(file)), Is.Empty);
    }
}
