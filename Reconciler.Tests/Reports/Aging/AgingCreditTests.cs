using System.Globalization;
using ClosedXML.Excel;
using Reconciler.Reports.Aging;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Aging;

public sealed class AgingCreditTests
{
    private const decimal Received = 950m, Owed = 900m;

    private static readonly OpenItem[] Items =
    [
        NightResults.Invoice("INV-1", "C-1", NightResults.AsOf.AddDays(-10), 300m),
        NightResults.Invoice("CN-2", "C-1", NightResults.AsOf.AddDays(-5), -40m),
        NightResults.Invoice("INV-9", "C-2", NightResults.AsOf.AddDays(-3), Owed),
        NightResults.Invoice("CLM-5", "P-1", NightResults.AsOf.AddDays(-40), 120m),
    ];

    /// <summary>C-2 paid INV-9 950.00 for 900.00 owed: the 50.00 over is C-2's credit, and INV-9 is closed.</summary>
    private static NightResult Night() => NightResults.With(
        items: Items,
        cash: [NightResults.Credit("line-000001", Received, "INV-9")],
        applications: [NightResults.Applied("INV-9", Owed)],
        exceptions: [NightResults.Exception(1, DiscrepancyCategory.Overpayment, amount: Received, invoice: "INV-9") with { CustomerId = "C-2" }]);

    private static Dictionary<string, Dictionary<string, string>> Csv(TempFolder folder)
    {
        var path = folder.File("aging.csv");
        new AgingCsv().Write(Night(), path);
        return ReportFiles.Rows(path).ToDictionary(r => r["customer_id"]);
    }

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Test]
    public void AgingCsv_EndsWithUnappliedCreditNetBalanceAndResponsible()
    {
        using var folder = new TempFolder();
        var path = folder.File("aging.csv");
        new AgingCsv().Write(Night(), path);

        Assert.That(File.ReadLines(path).First(), Is.EqualTo(
            "as_of,customer_id,customer_name,currency,current,d1_30,d31_60,d61_90,d91_plus,total,unapplied_credit,net_balance,responsible"));
    }

    [Test]
    public void CreditNote_AgesNegative_InTheCustomersTotal()
    {
        using var folder = new TempFolder();
        var c1 = Csv(folder)["C-1"];

        var expected = Items.Where(i => i.CustomerId == "C-1").Sum(i => i.OpenAmount);
        Assert.That((Amount(c1["d1_30"]), Amount(c1["total"]), Amount(c1["net_balance"])), Is.EqualTo((expected, expected, expected)));
        Assert.That(c1["responsible"], Is.EqualTo("customer"));
    }

    [Test]
    public void OverpaymentExcess_IsTheCustomersUnappliedCredit_EvenWithNothingOpen()
    {
        using var folder = new TempFolder();
        var c2 = Csv(folder)["C-2"];

        Assert.That((Amount(c2["total"]), Amount(c2["unapplied_credit"]), Amount(c2["net_balance"])),
            Is.EqualTo((0m, -(Received - Owed), -(Received - Owed))));
        Assert.That(c2["customer_name"], Is.EqualTo("C-2 Inc"));
    }

    [Test]
    public void ClaimsRow_IsThePayersResponsibility()
    {
        using var folder = new TempFolder();

        Assert.That(Csv(folder)["P-1"]["responsible"], Is.EqualTo("payer"));
    }

    [Test]
    public void ByCustomerSheet_CarriesTheSameCreditAndNetBalance_WithTotals()
    {
        using var folder = new TempFolder();
        var path = folder.File("aging.xlsx");
        new AgingXlsx().Write(Night(), path);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(AgingXlsx.ByCustomerSheet);

        var c2 = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "C-2");
        Assert.That((c2.Cell(11).GetValue<decimal>(), c2.Cell(12).GetValue<decimal>(), c2.Cell(13).GetString()), Is.EqualTo((-50m, -50m, "customer")));
        var totals = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "total");
        var open = Items.Where(i => i.InvoiceNumber != "INV-9").Sum(i => i.OpenAmount);
        Assert.That((totals.Cell(10).GetValue<decimal>(), totals.Cell(11).GetValue<decimal>(), totals.Cell(12).GetValue<decimal>()),
            Is.EqualTo((open, -(Received - Owed), open - (Received - Owed))));
    }
}
