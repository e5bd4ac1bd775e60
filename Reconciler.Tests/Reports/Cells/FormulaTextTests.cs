using System.IO.Compression;
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
        using (var zip = ZipFile.OpenRead(night.Report("exceptions.xlsx")))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.Name.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                Assert.That(reader.ReadToEnd(), Does.Not.Contain("<x:f>").And.Not.Contain("<f>"), entry.FullName);
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
}
