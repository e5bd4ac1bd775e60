using System.Globalization;
using ClosedXML.Excel;
using Reconciler.Reports.Journal;
using Reconciler.Rules.Books;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Journal;

public sealed class JournalFilesTests
{
    private static readonly string[] Compared = ["entry_id", "posting_date", "account", "debit", "credit", "currency", "invoice_number", "customer_id", "rule", "memo"];

    /// <summary>Two receipts, one applied whole and one in part: four entries of two lines each.</summary>
    private static Reconciler.Runs.NightResult Night() => NightResults.With(
        cash: [NightResults.Credit("line-000001", 100m, "INV-1"), NightResults.Credit("line-000002", 250.5m, "INV-2")],
        applications: [NightResults.Applied("INV-1", 100m), NightResults.Applied("INV-2", 200m)]);

    [Test]
    public void JournalWorkbook_ShowsEveryLineOfJournalCsv_WhenTheyFit()
    {
        using var folder = new TempFolder();
        new JournalFiles(AccountChart.ByRole, maxRows: 100).Write(Night(), folder.File("journal.csv"));

        var csv = ReportFiles.Rows(folder.File("journal.csv"));
        using var workbook = new XLWorkbook(folder.File("journal.xlsx"));
        var sheet = workbook.Worksheet(JournalXlsx.JournalSheet);

        Assert.That(csv, Has.Count.EqualTo(8));
        Assert.That(Rows(sheet, csv.Count), Is.EqualTo(csv.Select(Compare)));
        Assert.That(sheet.AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A1:M9"));
        Assert.That(sheet.Cell(11, 1).GetString(), Is.Empty, "no note when every line is shown");
    }

    [Test]
    public void JournalWorkbook_OverTheRowLimit_ShowsTheFirstLinesAndSaysHowManyTheJournalHas()
    {
        using var folder = new TempFolder();
        new JournalFiles(AccountChart.ByRole, maxRows: 3).Write(Night(), folder.File("journal.csv"));

        var csv = ReportFiles.Rows(folder.File("journal.csv"));
        using var workbook = new XLWorkbook(folder.File("journal.xlsx"));
        var sheet = workbook.Worksheet(JournalXlsx.JournalSheet);

        Assert.That(Rows(sheet, 3), Is.EqualTo(csv.Take(3).Select(Compare)));
        Assert.That(sheet.Cell(5, 1).GetString(), Is.Empty);
        Assert.That(sheet.Cell(6, 1).GetString(), Is.EqualTo($"Only the first 3 of {csv.Count} journal lines are shown here; journal.csv has them all."));
        Assert.That(sheet.AutoFilter.Range.RangeAddress.ToString(), Is.EqualTo("A1:M4"));
    }

    [Test]
    public void JournalWorkbookWrittenOnItsOwn_HasTheSameCellsAsTheOneWrittenWithTheCsv()
    {
        using var folder = new TempFolder();
        var night = Night();
        new JournalFiles(AccountChart.ByRole, maxRows: 5).Write(night, folder.File("journal.csv"));
        new JournalXlsx(AccountChart.ByRole, maxRows: 5).Write(night, folder.File("alone.xlsx"));

        Assert.That(Cells(folder.File("alone.xlsx")), Is.EqualTo(Cells(folder.File("journal.xlsx"))).And.Not.Empty);
    }

    /// <summary>The compared columns of the sheet's first <paramref name="count"/> lines, as journal.csv writes them.</summary>
    private static List<string[]> Rows(IXLWorksheet sheet, int count)
    {
        var header = Enumerable.Range(1, JournalCsv.Header.Length).Select(c => sheet.Cell(1, c).GetString()).ToList();
        Assert.That(header, Is.EqualTo(JournalCsv.Header));
        return Enumerable.Range(2, count).Select(row => Compared.Select(name =>
        {
            var cell = sheet.Cell(row, header.IndexOf(name) + 1);
            return cell.IsEmpty() ? ""
                : name == "posting_date" ? cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : name is "debit" or "credit" ? cell.GetValue<decimal>().ToString("0.00", CultureInfo.InvariantCulture)
                : cell.GetString();
        }).ToArray()).ToList();
    }

    private static string[] Compare(Dictionary<string, string> row) => [.. Compared.Select(name => row[name])];

    private static List<string> Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return [.. workbook.Worksheets.SelectMany(s => s.CellsUsed().Select(c => $"{s.Name}!{c.Address}={c.Value}"))];
    }
}
