using System.Text.RegularExpressions;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>
/// Sample night 3 (sample-data/returns-inbox), read from its expected reports (which the golden test holds to what the
/// product writes): money night 1 applied comes back and reopens exactly what it paid, a credit note is used, and a
/// payment completed by a second one the same night is not reported short.
/// </summary>
public sealed partial class SampleReturnsNightTests
{
    private static string Expected(string night, string report) => Repository.Path("sample-data", "expected", night, report);

    private static IReadOnlyList<Dictionary<string, string>> Night3(string report) => ReportFiles.Rows(Expected("2026-11-22", report));

    [Test]
    public void TheReturnTheRefundAndTheDispute_EachReopenWhatItsNight1PaymentApplied()
    {
        var night1 = ReportFiles.Rows(Expected("2026-11-20", "applications.csv"));
        var reversals = Night3("applications.csv").Where(r => r["rule"] == "reversal").ToList();

        // The three rows of returns-inbox/ that take money back: the BAI2 555 debit (R01), the Stripe refund and dispute.
        Assert.That(reversals.Select(r => r["source_id"]).Distinct().Count(), Is.EqualTo(3));
        foreach (var reversal in reversals)
        {
            var original = Undone().Match(reversal["explanation"]).Groups[1].Value;
            var applied = night1.Where(a => a["source_id"] == original && a["invoice_number"] == reversal["invoice_number"]).ToList();

            Assert.That(applied, Has.Count.EqualTo(1), $"{reversal["source_id"]} names {original}, a night-1 payment of {reversal["invoice_number"]}");
            Assert.That(BooksFiles.Amount(reversal["applied_amount"]), Is.EqualTo(-BooksFiles.Amount(applied[0]["applied_amount"])));
        }
        Assert.That(reversals.Select(r => (r["invoice_number"], BooksFiles.Amount(r["applied_amount"]))),
            Is.EquivalentTo(new[] { ("INV-1005", -3125.75m), ("INV-1015", -349.00m), ("INV-1018", -540.00m) }));
    }

    [Test]
    public void EachReopenedInvoice_HasAReturnedPaymentExceptionNamingIt_AndIsOwedAgainInAging()
    {
        var returned = Night3("exceptions.csv").Where(e => e["category"] == "returned_payment" && e["first_seen"] == "2026-11-22")
            .ToDictionary(e => e["invoice_number"], e => BooksFiles.Amount(e["amount"]));
        var aging = Night3("aging.csv").ToDictionary(r => r["customer_id"], r => BooksFiles.Amount(r["total"]));

        Assert.That(returned, Is.EquivalentTo(new Dictionary<string, decimal> { ["INV-1005"] = -3125.75m, ["INV-1015"] = -349.00m, ["INV-1018"] = -540.00m }));
        // Umbrella, Tyrell and Vandelay owed nothing after night 2 (their customers are not in its aging).
        Assert.That(ReportFiles.Rows(Expected("2026-11-21", "aging.csv")).Select(r => r["customer_id"]),
            Has.None.AnyOf("C-UMBRELLA", "C-TYRELL", "C-VANDELAY"));
        Assert.That(new[] { aging["C-UMBRELLA"], aging["C-TYRELL"], aging["C-VANDELAY"] }, Is.EqualTo(new[] { 3125.75m, 349.00m, 540.00m }));
    }

    [Test]
    public void AnInvoicePaidInTwoPartsTheSameNight_IsNotReportedShort_AndTheCreditNoteIsUsedUp()
    {
        var applications = Night3("applications.csv");
        var wayne = applications.Where(a => a["invoice_number"] == "INV-1011").ToList();
        var acme = applications.Where(a => a["customer_id"] == "C-ACME").ToList();

        Assert.That(wayne.Select(a => a["source_id"]).Distinct().Count(), Is.EqualTo(2));
        Assert.That(wayne.Sum(a => BooksFiles.Amount(a["applied_amount"])), Is.EqualTo(1500.00m));
        Assert.That(Night3("exceptions.csv").Where(e => e["category"] == "short_payment"), Is.Empty);
        // One payment of 800.00 = INV-1021 (860.00) less credit note CN-1004 (-60.00).
        Assert.That(acme.Select(a => a["source_id"]).Distinct().Count(), Is.EqualTo(1));
        Assert.That(acme.Select(a => (a["invoice_number"], BooksFiles.Amount(a["applied_amount"]))), Is.EquivalentTo(new[] { ("INV-1021", 860.00m), ("CN-1004", -60.00m) }));
        Assert.That(Night3("aging.csv").Select(r => r["customer_id"]), Has.No.Member("C-ACME"));
    }

    [Test]
    public void TheRollForward_ShowsTheReopeningsAsReversals_AndTheCreditNoteAsIssued_TheCashAppliedNetOfItsUse()
    {
        var usd = BooksFiles.Proofs(Expected("2026-11-22", "summary.json")).Single(p => (string)p["name"]! == "ar_rollforward" && (string)p["currency"]! == "USD");
        var movements = usd["movements"]!.AsObject().ToDictionary(m => m.Key, m => BooksFiles.Amount(m.Value!.GetValue<string>()));
        var reopened = -Night3("applications.csv").Where(a => a["rule"] == "reversal").Sum(a => BooksFiles.Amount(a["applied_amount"]));

        Assert.That(movements["reversals"], Is.EqualTo(reopened));
        Assert.That(movements["credit_notes"], Is.EqualTo(-60.00m), "CN-1004 appears at -60.00 in billing's export");
        // Its use (-60.00 applied to CN-1004 with INV-1021's 860.00) nets in the cash applied: the 800.00 Acme paid.
        var cash = Night3("applications.csv").Where(a => a["rule"] != "reversal" && a["source_kind"] != "adjustment").Sum(a => BooksFiles.Amount(a["applied_amount"]));
        Assert.That(movements["cash_applied"], Is.EqualTo(-cash));
    }

    /// <summary>The original a reversal's explanation names: "... undoes bank credit df79b1e731-000006 (...".</summary>
    [GeneratedRegex(@"undoes [a-z ]+? ([0-9a-f]{10}-[A-Z0-9-]+) ")]
    private static partial Regex Undone();
}
