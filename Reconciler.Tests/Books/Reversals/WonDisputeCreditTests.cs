using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// A dispute reopens an invoice, the customer pays it again with other money, and the dispute is won later: the won
/// money applies at most what is still open; the rest is the customer's unapplied credit (aging.csv unapplied_credit),
/// and the books close every night. Expected figures come from the rows' amounts.
/// </summary>
public sealed class WonDisputeCreditTests
{
    private static readonly DateOnly Night1 = new(2026, 11, 20);

    private const string Invoice = "INV-7201,C-HOOLI,C-HOOLI name,2026-10-11,2026-11-10,USD,300.00,300.00";

    private const string Charge =
        "po_1,2026-11-20 00:00:00,txn_1,2026-11-18 10:00:00,2026-11-18 00:00:00,usd,300.00,9.00,291.00,charge,ch_3WdA01,ch_3WdA01,Invoice INV-7201,Hooli,h@example.com,INV-7201";

    private const string Dispute =
        "po_2,2026-11-21 00:00:00,txn_2,2026-11-20 10:00:00,2026-11-20 10:00:00,usd,-300.00,15.00,-315.00,dispute,dp_3WdA02,ch_3WdA01,Dispute (fraudulent),Hooli,h@example.com,";

    private const string Won =
        "po_4,2026-11-23 00:00:00,txn_4,2026-11-22 10:00:00,2026-11-22 10:00:00,usd,300.00,-15.00,315.00,dispute_reversal,dp_3WdA02,ch_3WdA01,Dispute won,Hooli,h@example.com,";

    private static string PaidAgain(decimal amount) => FormattableString.Invariant(
        $"po_3,2026-11-22 00:00:00,txn_3,2026-11-21 10:00:00,2026-11-21 10:00:00,usd,{amount:0.00},0.00,{amount:0.00},charge,ch_3WdA03,ch_3WdA03,Invoice INV-7201,Hooli,h@example.com,INV-7201");

    [TestCase(300.00, TestName = "WonDispute_WhoseInvoiceWasPaidAgainInFull_AppliesNothing_AndAllOfItIsTheCustomersCredit")]
    [TestCase(200.00, TestName = "WonDispute_WhoseInvoiceWasPaidAgainInPart_AppliesWhatIsOpen_AndTheRestIsTheCustomersCredit")]
    public void WonDispute_AfterTheInvoiceWasPaidAgain(decimal paidAgain)
    {
        using var night = new Night();
        night.OpenItems(Invoice);

        StripeNights(night, Night1, Charge, Dispute, PaidAgain(paidAgain), Won, "");

        var night4 = Night1.AddDays(3);
        var open = 300.00m - paidAgain;
        Assert.That(BooksFiles.Amount(Aging(night, Night1.AddDays(1), "C-HOOLI")!["total"]), Is.EqualTo(300.00m), "the dispute reopened it");
        Assert.That(BooksFiles.Amount(Aging(night, Night1.AddDays(2), "C-HOOLI")?["total"] ?? ""), Is.EqualTo(open));
        var won = Rows(night, night4, "applications.csv").Where(a => a["rule"] == "dispute_reversal").Sum(a => BooksFiles.Amount(a["applied_amount"]));
        Assert.That(won, Is.EqualTo(open), "at most what is open");
        var aging = Aging(night, night4, "C-HOOLI")!;
        Assert.That(BooksFiles.Amount(aging["total"]), Is.Zero);
        Assert.That(BooksFiles.Amount(aging["unapplied_credit"]), Is.EqualTo(-(300.00m - open)));
        Assert.That(BooksFiles.Amount(aging["net_balance"]), Is.EqualTo(-(300.00m - open)));
        var credit = Rows(night, night4, "exceptions.csv").Single(e => e["category"] == "overpayment");
        Assert.That(credit["description"], Does.Contain("INV-7201 paid meanwhile"));
        // The money not applied stays in unapplied cash: the night's unapplied_cash moves by the won 300.00 less what it applied.
        Assert.That(-JournalNet(night, night4, "unapplied_cash"), Is.EqualTo(300.00m - open));
        // The next night carries the credit as it is: nothing more is applied.
        var night5 = Night1.AddDays(4);
        Assert.That(Rows(night, night5, "applications.csv"), Is.Empty);
        Assert.That(BooksFiles.Amount(Aging(night, night5, "C-HOOLI")!["unapplied_credit"]), Is.EqualTo(-(300.00m - open)));
        for (var n = 0; n < 5; n++) AssertBooksClose(night, Night1.AddDays(n));
    }
}
