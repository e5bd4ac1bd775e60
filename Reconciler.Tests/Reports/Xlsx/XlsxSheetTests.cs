using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reconciler.Reports.Xlsx;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Xlsx;

public sealed class XlsxSheetTests
{
    private static async Task<string> Write(TempFolder folder, Func<XlsxWorkbook, Task> sheets)
    {
        var path = folder.File("book.xlsx");
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        await sheets(workbook);
        await workbook.FinishAsync();
        return path;
    }

    [Test]
    public async Task Link_ToASheetWhoseNameHasAnApostrophe_LeadsToThatSheet()
    {
        using var folder = new TempFolder();
        var path = await Write(folder, async book =>
        {
            var index = await book.AddSheetAsync("Index", 0, [new(20)]);
            await index.RowAsync(1);
            index.Link(1, "to O'Brien", "O'Brien", new XlsxFormat(XlsxFont.Link));
            await index.FinishAsync();
            var target = await book.AddSheetAsync("O'Brien", 0, [new(20)]);
            await target.RowAsync(1);
            target.Code(1, "here");
            await target.FinishAsync();
        });

        using var workbook = new XLWorkbook(path);
        var cell = workbook.Worksheet("Index").Cell(1, 1);
        Assert.That(cell.FormulaA1, Is.EqualTo("HYPERLINK(\"#'O''Brien'!A1\",\"to O'Brien\")"));
        Assert.That(SheetLinks.Target(cell.FormulaA1), Is.EqualTo(("O'Brien", "to O'Brien")));
        Assert.That(workbook.Worksheets.Select(s => s.Name), Does.Contain("O'Brien"));
    }

    [Test]
    public async Task OutsideTextWithCharactersXmlCannotCarry_LeavesAValidWorkbook_AndKeepsTheRestOfTheText()
    {
        using var folder = new TempFolder();
        var path = await Write(folder, async book =>
        {
            var sheet = await book.AddSheetAsync("Text", 1, [new(20), new(20)]);
            await sheet.RowAsync(1);
            sheet.Text(1, "ACME\u0001 LTD\uFFFF");
            sheet.Text(2, "=1+1", "\u0002ref");
            await sheet.FinishAsync();
        });

        using (var document = SpreadsheetDocument.Open(path, false))
            Assert.That(new OpenXmlValidator().Validate(document).Select(e => e.Description), Is.Empty);
        using var workbook = new XLWorkbook(path);
        var row = workbook.Worksheet("Text").Row(1);
        Assert.That(row.Cell(1).GetString(), Does.StartWith("ACME").And.Contain(" LTD"));
        Assert.That(row.Cell(2).HasFormula, Is.False);
        Assert.That(row.Cell(2).GetString(), Does.StartWith("'=1+1 ").And.EndWith("ref"));
    }

    [Test]
    public async Task SkippedRowsAndCells_StayEmpty_AndCellsLeftOutKeepTheirColumnsLook()
    {
        using var folder = new TempFolder();
        var path = await Write(folder, async book =>
        {
            var sheet = await book.AddSheetAsync("Gaps", 0, [new(10), new(10, XlsxFormat.Amount), new(10)]);
            await sheet.RowAsync(1);
            sheet.Code(1, "a");
            sheet.Code(3, "c");
            await sheet.RowAsync(4);
            sheet.Amount(2, 12.5m);
            await sheet.FinishAsync();
        });

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Gaps");
        Assert.That(sheet.Cell(1, 2).IsEmpty(), Is.True);
        Assert.That(sheet.Cell(1, 2).Style.NumberFormat.Format, Is.EqualTo("#,##0.00"));
        Assert.That(sheet.Cell(1, 3).GetString(), Is.EqualTo("c"));
        Assert.That(Enumerable.Range(2, 2).Select(r => sheet.Row(r).IsEmpty()), Is.All.True);
        Assert.That((sheet.Cell(4, 2).GetValue<decimal>(), sheet.Cell(4, 2).Style.NumberFormat.Format), Is.EqualTo((12.5m, "#,##0.00")));
    }
}
