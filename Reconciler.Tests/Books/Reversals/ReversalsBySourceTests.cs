using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// Money going back reopens exactly what it paid, from each source, with a real-shaped file of Fixtures/reversals: the
/// payment is applied, the return, refund or dispute finds it and reopens the invoice, and aging.csv shows the reopened
/// amount in the invoice's own bucket (due 2026-11-10: 1-30 days on the 20th). The figures expected are read from the
/// fixtures by hand, not from the reports; the books close on every night.
/// </summary>
public sealed class ReversalsBySourceTests
{
    private static readonly DateOnly Night1 = new(2026, 11, 20);
    private static readonly DateOnly Night2 = new(2026, 11, 21);

    private static string Invoice(string number, string customer, string currency, decimal amount) =>
        FormattableString.Invariant($"{number},{customer},{customer} name,2026-10-11,2026-11-10,{currency},{amount:0.00},{amount:0.00}");

    [Test]
    public void NachaReturn_OnALaterNight_FindsTheEntryByItsOriginalTrace_AndReopensTheInvoice()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7001", "C-ACME", "USD", 450.00m));
        Drop(night, "ach-credits-2026-11-20.ach");
        night.Run(Night1);
        File.Delete(Path.Combine(night.Inbox, "ach-credits-2026-11-20.ach"));
        Drop(night, "ach-returns-2026-11-21.ach");

        night.Run(Night2);

        // The 6 record's amount 0000045000 cents, returned in full (R01); 2026-11-21 is 11 days past due.
        var reversal = ReversalApplications(night, Night2).Single();
        Assert.That((reversal["invoice_number"], BooksFiles.Amount(reversal["applied_amount"])), Is.EqualTo(("INV-7001", -450.00m)));
        Assert.That(reversal["explanation"], Does.Contain("091000010000123"));
        Assert.That(BooksFiles.Amount(Aging(night, Night1, "C-ACME")?["total"] ?? ""), Is.Zero);
        Assert.That(BooksFiles.Amount(Aging(night, Night2, "C-ACME")!["d1_30"]), Is.EqualTo(45000m / 100m));
        Assert.That(Rows(night, Night2, "exceptions.csv").Single(e => e["category"] == "returned_payment")["invoice_number"], Is.EqualTo("INV-7001"));
        AssertBooksClose(night, Night1);
        AssertBooksClose(night, Night2);
    }

    [Test]
    public void Return_TwoNightsAfterThePayment_ReopensTheInvoiceBillingNoLongerExports()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7001", "C-ACME", "USD", 450.00m), Invoice("INV-7099", "C-OTHER", "USD", 10.00m));
        Drop(night, "ach-credits-2026-11-20.ach");
        night.Run(Night1);
        File.Delete(Path.Combine(night.Inbox, "ach-credits-2026-11-20.ach"));
        // Billing posted night 1's journal: the paid invoice leaves its export, and a quiet night passes.
        night.OpenItems(Invoice("INV-7099", "C-OTHER", "USD", 10.00m));
        night.Run(Night2);
        Drop(night, "ach-returns-2026-11-21.ach");

        night.Run(Night2.AddDays(1));

        var reversal = ReversalApplications(night, Night2.AddDays(1)).Single();
        Assert.That((reversal["invoice_number"], BooksFiles.Amount(reversal["applied_amount"])), Is.EqualTo(("INV-7001", -450.00m)));
        Assert.That(BooksFiles.Amount(Aging(night, Night2, "C-ACME")?["total"] ?? ""), Is.Zero);
        Assert.That(BooksFiles.Amount(Aging(night, Night2.AddDays(1), "C-ACME")!["total"]), Is.EqualTo(450.00m));
        AssertBooksClose(night, Night2.AddDays(1));
    }

    [Test]
    public void SecondRefundOfACharge_OnALaterNight_ReopensOnlyWhatTheFirstLeft()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7002", "C-TYRELL", "USD", 300.00m));

        StripeNights(night, Night1,
            "po_1,2026-11-20 00:00:00,txn_1,2026-11-18 10:00:00,2026-11-18 00:00:00,usd,300.00,9.00,291.00,charge,ch_3RvB01,ch_3RvB01,Invoice INV-7002,Tyrell Corp,t@example.com,INV-7002",
            "po_2,2026-11-21 00:00:00,txn_2,2026-11-20 10:00:00,2026-11-20 10:00:00,usd,-200.00,0.00,-200.00,refund,re_3RvB02,ch_3RvB01,Partial refund,Tyrell Corp,t@example.com,",
            "po_3,2026-11-22 00:00:00,txn_3,2026-11-21 10:00:00,2026-11-21 10:00:00,usd,-150.00,0.00,-150.00,refund,re_3RvB03,ch_3RvB01,Partial refund,Tyrell Corp,t@example.com,");

        // 300.00 paid; the first refund reopened 200.00, so the second (150.00) finds only 100.00 still applied.
        Assert.That(ReversalApplications(night, Night2).Single()["applied_amount"], Is.EqualTo("-200.00"));
        var second = ReversalApplications(night, Night2.AddDays(1)).Single();
        Assert.That((second["invoice_number"], BooksFiles.Amount(second["applied_amount"])), Is.EqualTo(("INV-7002", -100.00m)));
        Assert.That(Rows(night, Night2.AddDays(1), "exceptions.csv").Single(e => e["category"] == "returned_payment" && e["first_seen"] == "2026-11-22")["description"],
            Does.Contain("50.00 more than it still had applied or unapplied"));
        AssertBooksClose(night, Night2.AddDays(1));
    }

    [Test]
    public void DisputeWonOnALaterNight_AppliesAgainWhatTheDisputeReopened_SoThePairNetsToZero()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7003", "C-SOYLENT", "USD", 300.00m));

        StripeNights(night, Night1,
            "po_1,2026-11-20 00:00:00,txn_1,2026-11-18 10:00:00,2026-11-18 00:00:00,usd,300.00,9.00,291.00,charge,ch_3RvC01,ch_3RvC01,Invoice INV-7003,Soylent,s@example.com,INV-7003",
            "po_2,2026-11-21 00:00:00,txn_2,2026-11-20 10:00:00,2026-11-20 10:00:00,usd,-300.00,15.00,-315.00,dispute,dp_3RvC02,ch_3RvC01,Dispute (fraudulent),Soylent,s@example.com,",
            "po_3,2026-11-22 00:00:00,txn_3,2026-11-21 10:00:00,2026-11-21 10:00:00,usd,300.00,-15.00,315.00,dispute_reversal,dp_3RvC02,ch_3RvC01,Dispute won,Soylent,s@example.com,");

        Assert.That(BooksFiles.Amount(Aging(night, Night2, "C-SOYLENT")!["total"]), Is.EqualTo(300.00m), "the dispute reopened it");
        var won = Rows(night, Night2.AddDays(1), "applications.csv").Single(a => a["rule"] == "dispute_reversal");
        Assert.That((won["invoice_number"], BooksFiles.Amount(won["applied_amount"])), Is.EqualTo(("INV-7003", 300.00m)));
        Assert.That(BooksFiles.Amount(Aging(night, Night2.AddDays(1), "C-SOYLENT")?["total"] ?? ""), Is.Zero);
        AssertBooksClose(night, Night2);
        AssertBooksClose(night, Night2.AddDays(1));
    }

    [Test]
    public void StripeRefund_FindsItsChargeByChargeId_AndAWonDisputeNetsToZero()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7002", "C-TYRELL", "USD", 300.00m), Invoice("INV-7012", "C-CYBERDYNE", "USD", 200.00m));
        Drop(night, "stripe-payout-reconciliation-2026-11-20.csv");

        night.Run(Night1);

        // The partial refund of ch_3RvA01 is 120.00; the dispute of ch_3RvA02 (200.00) was reversed (won) the next day.
        Assert.That(BooksFiles.Amount(Aging(night, Night1, "C-TYRELL")!["d1_30"]), Is.EqualTo(120.00m));
        Assert.That(BooksFiles.Amount(Aging(night, Night1, "C-CYBERDYNE")?["total"] ?? ""), Is.Zero);
        var disputePair = Rows(night, Night1, "applications.csv").Where(a => a["invoice_number"] == "INV-7012" && a["rule"] is "reversal" or "dispute_reversal");
        Assert.That(disputePair.Select(a => BooksFiles.Amount(a["applied_amount"])), Is.EquivalentTo(new[] { -200.00m, 200.00m }));
        Assert.That(ReversalApplications(night, Night1).Select(r => r["invoice_number"]), Is.EquivalentTo(new[] { "INV-7002", "INV-7012" }));
        AssertBooksClose(night, Night1);
    }

    [Test]
    public void PayPalRefund_FindsThePaymentByReferenceTxnId_AndReopensWhatItRefunded()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7003", "C-OSCORP", "USD", 275.00m));
        Drop(night, "paypal-activity-2026-11.csv");

        night.Run(Night1);

        var reversal = ReversalApplications(night, Night1).Single();
        Assert.That(reversal["explanation"], Does.Contain("3RV45678JK901234L"));
        Assert.That(BooksFiles.Amount(Aging(night, Night1, "C-OSCORP")!["d1_30"]), Is.EqualTo(100.00m));
        AssertBooksClose(night, Night1);
    }

    [TestCase("nordbank-eur-2026-11-20.camt053.xml", "INV-7004", "C-FJORD", "EUR", 120.00)]
    [TestCase("lockbox-2026-11-20.bai", "INV-7005", "C-WAYNE", "USD", 800.00)]
    [TestCase("citybank-mt940-2026-11-20.sta", "INV-7006", "C-NORDIC", "EUR", 600.00)]
    public void BankReturn_FindsTheCreditOnTheSameAccountByReferenceAndAmount_AndReopensTheInvoice(
        string file, string invoice, string customer, string currency, decimal amount)
    {
        using var night = new Night();
        night.OpenItems(Invoice(invoice, customer, currency, amount));
        Drop(night, file);

        night.Run(Night1);

        // camt: a DBIT entry with RvslInd; BAI2: type 555 (deposited item returned); MT940: an RC line.
        var reversal = ReversalApplications(night, Night1).Single();
        Assert.That((reversal["invoice_number"], BooksFiles.Amount(reversal["applied_amount"]), reversal["currency"]), Is.EqualTo((invoice, -amount, currency)));
        Assert.That(BooksFiles.Amount(Aging(night, Night1, customer)!["d1_30"]), Is.EqualTo(amount));
        Assert.That(Rows(night, Night1, "exceptions.csv").Single(e => e["category"] == "returned_payment")["description"], Does.Contain($"reopened {invoice} by"));
        AssertBooksClose(night, Night1);
    }
}
