using ClosedXML.Excel;
using Reconciler.Reports.Statements;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Statements;

public sealed class StatementXlsxTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static CustomerStatement Statement() => new("C-7", "=ACME Ltd", "EUR", AsOf, new DateOnly(2026, 11, 1),
        [new StatementLine("INV-1", AsOf.AddDays(-40), AsOf.AddDays(-10), 500m, 300.25m, 10), new StatementLine("INV-2", AsOf.AddDays(-5), AsOf.AddDays(25), 80m, 80m, 0)],
        [new StatementPayment(AsOf.AddDays(-3), "INV-1", 199.75m, "camt.xml")],
        ["current", "d1_30"], [80m, 300.25m]);

    [Test]
    public void Statement_ListsOpenItemsPaymentsAndAging_WithRealNumbersAndDates()
    {
        using var folder = new TempFolder();
        StatementXlsx.Write(Statement(), folder.File("s.xlsx"));

        using var workbook = new XLWorkbook(folder.File("s.xlsx"));
        var sheet = workbook.Worksheet("Statement");
        Assert.That(sheet.Cell(1, 2).GetString(), Is.EqualTo("'=ACME Ltd (C-7)"));
        Assert.That(sheet.Cell(1, 2).HasFormula, Is.False);
        Assert.That((sheet.Cell(2, 2).GetDateTime(), sheet.Cell(2, 2).Style.DateFormat.Format), Is.EqualTo((new DateTime(2026, 11, 20), "yyyy-mm-dd")));
        Assert.That((sheet.Cell(3, 2).GetValue<decimal>(), sheet.Cell(3, 2).Style.NumberFormat.Format), Is.EqualTo((380.25m, "#,##0.00")));
        Assert.That(sheet.Cell(5, 1).GetString(), Is.EqualTo("invoice"));
        Assert.That(sheet.Cell(5, 1).Style.Font.Bold, Is.True);
        Assert.That((sheet.Cell(6, 1).GetString(), sheet.Cell(6, 5).GetValue<decimal>(), sheet.Cell(6, 6).GetValue<int>()), Is.EqualTo(("INV-1", 300.25m, 10)));
        Assert.That(sheet.Cell(7, 3).GetDateTime(), Is.EqualTo(new DateTime(2026, 12, 15)));
        Assert.That(sheet.Cell(9, 1).GetString(), Is.EqualTo("payment date"));
        Assert.That((sheet.Cell(10, 2).GetString(), sheet.Cell(10, 3).GetValue<decimal>(), sheet.Cell(10, 4).GetString()), Is.EqualTo(("INV-1", 199.75m, "camt.xml")));
        Assert.That(sheet.Cell(12, 2).GetString(), Is.EqualTo("d1_30"));
        Assert.That(Enumerable.Range(1, 2).Select(c => sheet.Cell(13, c).GetValue<decimal>()), Is.EqualTo(new[] { 80m, 300.25m }));
        Assert.That(sheet.Column(4).Width, Is.EqualTo(18).Within(1));
    }
}
