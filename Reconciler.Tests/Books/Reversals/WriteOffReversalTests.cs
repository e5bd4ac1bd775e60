using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// A payment that closed its invoice with a write-off (a card fee, a short payment within tolerance) and then goes back:
/// a full return, refund or chargeback reopens the invoice by what the payment closed (its cash and the write-off), a
/// partial refund only by the cash refunded. The figures expected are worked out here from the files' amounts and the
/// configured fee schedule (2.9% + 0.30) and tolerance (1.00), not read from the reports.
/// </summary>
public sealed class WriteOffReversalTests
{
    private static readonly DateOnly Night1 = new(2026, 11, 20);

    private static string Invoice(string number, string customer, decimal amount) =>
        FormattableString.Invariant($"{number},{customer},{customer} name,2026-10-11,2026-11-10,USD,{amount:0.00},{amount:0.00}");

    // A 100.00 invoice paid by card: the charge is 96.80, short by exactly the fee the schedule gives (2.9% of 100.00 + 0.30).
    private const decimal InvoiceAmount = 100.00m;
    private static readonly decimal CardFee = Math.Round(InvoiceAmount * 0.029m + 0.30m, 2);
    private static readonly decimal Charge = InvoiceAmount - CardFee;

    private static string ChargeRow() => FormattableString.Invariant(
        $"po_1,2026-11-20 00:00:00,txn_1,2026-11-18 10:00:00,2026-11-18 00:00:00,usd,{Charge:0.00},3.11,{Charge - 3.11m:0.00},charge,ch_3WoA01,ch_3WoA01,Invoice INV-7101,Initech,i@example.com,INV-7101");

    private static string RefundRow(int n, decimal amount) => FormattableString.Invariant(
        $"po_{n + 1},2026-11-{20 + n} 00:00:00,txn_{n + 1},2026-11-{18 + n} 12:00:00,2026-11-{18 + n} 12:00:00,usd,{-amount:0.00},0.00,{-amount:0.00},refund,re_3WoA0{n + 1},ch_3WoA01,Refund,Initech,i@example.com,");

    [Test]
    public void FullRefundOfACardPayment_ReopensTheInvoiceByTheCashAndTheCardFeeWrittenOffWithIt()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7101", "C-INITECH", InvoiceAmount));

        StripeNights(night, Night1, ChargeRow(), RefundRow(1, Charge));

        var night2 = Night1.AddDays(1);
        Assert.That(Rows(night, Night1, "applications.csv").Single(a => a["rule"] == "card_fee")["applied_amount"], Is.EqualTo(Money(CardFee)));
        var moves = Rows(night, night2, "applications.csv").Where(a => a["invoice_number"] == "INV-7101").ToList();
        Assert.That(moves.Select(a => (a["rule"], BooksFiles.Amount(a["applied_amount"]))), Is.EquivalentTo(new[] { ("reversal", -Charge), ("card_fee", -CardFee) }));
        Assert.That(moves.Single(a => a["rule"] == "card_fee")["explanation"], Does.Contain("undoes all of").And.Contain($"card_fee of {Money(CardFee)}"));
        Assert.That(BooksFiles.Amount(Aging(night, night2, "C-INITECH")!["total"]), Is.EqualTo(InvoiceAmount), "owed again in full");
        // The journal: receivables debited by the cash and the fee reopened; the fee taken back off processor fees.
        Assert.That(JournalNet(night, night2, "accounts_receivable"), Is.EqualTo(Charge + CardFee));
        Assert.That(JournalNet(night, night2, "processor_fees", "card_fee"), Is.EqualTo(-CardFee));
        Assert.That(Returned(night, night2)["description"], Does.Contain($"card_fee of {Money(CardFee)} on INV-7101 reversed"));
        AssertBooksClose(night, night2);
    }

    [Test]
    public void PartialRefund_KeepsTheCardFee_AndTheRefundThatCompletesItReversesTheFeeToo()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7101", "C-INITECH", InvoiceAmount));
        const decimal first = 50.00m;

        StripeNights(night, Night1, ChargeRow(), RefundRow(1, first), RefundRow(2, Charge - first));

        Assert.That(BooksFiles.Amount(Aging(night, Night1.AddDays(1), "C-INITECH")!["total"]), Is.EqualTo(first), "only the refunded cash");
        Assert.That(Rows(night, Night1.AddDays(1), "applications.csv").Select(a => a["rule"]), Has.None.EqualTo("card_fee"));
        var night3 = Night1.AddDays(2);
        Assert.That(BooksFiles.Amount(Aging(night, night3, "C-INITECH")!["total"]), Is.EqualTo(InvoiceAmount));
        Assert.That(JournalNet(night, night3, "accounts_receivable"), Is.EqualTo(Charge - first + CardFee));
        AssertBooksClose(night, Night1.AddDays(1));
        AssertBooksClose(night, night3);
    }

    [Test]
    public void DisputeOfACardPayment_ReversesTheCardFee_AndTheDisputeWonOnALaterNightWritesItOffAgain()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7101", "C-INITECH", InvoiceAmount));
        var dispute = FormattableString.Invariant(
            $"po_2,2026-11-21 00:00:00,txn_2,2026-11-20 10:00:00,2026-11-20 10:00:00,usd,{-Charge:0.00},15.00,{-Charge - 15m:0.00},dispute,dp_3WoA02,ch_3WoA01,Dispute (fraudulent),Initech,i@example.com,");
        var won = FormattableString.Invariant(
            $"po_3,2026-11-22 00:00:00,txn_3,2026-11-21 10:00:00,2026-11-21 10:00:00,usd,{Charge:0.00},-15.00,{Charge + 15m:0.00},dispute_reversal,dp_3WoA02,ch_3WoA01,Dispute won,Initech,i@example.com,");

        StripeNights(night, Night1, ChargeRow(), dispute, won);

        Assert.That(BooksFiles.Amount(Aging(night, Night1.AddDays(1), "C-INITECH")!["total"]), Is.EqualTo(InvoiceAmount), "the dispute reopened cash and fee");
        var night3 = Night1.AddDays(2);
        var again = Rows(night, night3, "applications.csv").Where(a => a["invoice_number"] == "INV-7101").ToList();
        Assert.That(again.Select(a => (a["rule"], BooksFiles.Amount(a["applied_amount"]))), Is.EquivalentTo(new[] { ("dispute_reversal", Charge), ("card_fee", CardFee) }));
        Assert.That(BooksFiles.Amount(Aging(night, night3, "C-INITECH")?["total"] ?? ""), Is.Zero);
        Assert.That(JournalNet(night, night3, "processor_fees", "card_fee"), Is.EqualTo(CardFee));
        AssertBooksClose(night, Night1.AddDays(1));
        AssertBooksClose(night, night3);
    }

    [Test]
    public void R01ReturnOfABankPaymentShortWithinTolerance_ReopensTheWholeInvoice_AndReversesTheWriteOff()
    {
        using var night = new Night();
        night.OpenItems(Invoice("INV-7103", "C-GLOBEX", 500.00m));
        const decimal paid = 499.40m;
        const string header = "Account,Date,Description,Amount,Balance\n";
        night.Drop("firstbank-operating-2026-11-20.csv", header + "000123456789,2026-11-20,ACH CREDIT GLOBEX CORP INV-7103,499.40,10499.40\n");
        night.Run(Night1);
        File.Delete(Path.Combine(night.Inbox, "firstbank-operating-2026-11-20.csv"));
        night.Drop("firstbank-operating-2026-11-21.csv", header + "000123456789,2026-11-21,RETURNED ITEM R01 INSUFFICIENT FUNDS GLOBEX CORP INV-7103,-499.40,10000.00\n");

        var night2 = Night1.AddDays(1);
        night.Run(night2);

        var shortBy = 500.00m - paid;
        Assert.That(Rows(night, Night1, "applications.csv").Single(a => a["rule"] == "tolerance_writeoff")["applied_amount"], Is.EqualTo(Money(shortBy)));
        var moves = Rows(night, night2, "applications.csv").Where(a => a["invoice_number"] == "INV-7103").ToList();
        Assert.That(moves.Select(a => (a["rule"], BooksFiles.Amount(a["applied_amount"]))), Is.EquivalentTo(new[] { ("reversal", -paid), ("tolerance_writeoff", -shortBy) }));
        Assert.That(BooksFiles.Amount(Aging(night, night2, "C-GLOBEX")!["d1_30"]), Is.EqualTo(500.00m));
        Assert.That(JournalNet(night, night2, "write_offs"), Is.EqualTo(-shortBy), "the write-off taken back");
        Assert.That(JournalNet(night, night2, "accounts_receivable"), Is.EqualTo(500.00m));
        var proof = BooksFiles.Proofs(Path.Combine(night.Out(night2), "summary.json")).Single(p => p["name"]!.GetValue<string>() == "ar_rollforward");
        Assert.That(BooksFiles.Amount(proof["movements"]!["write_offs"]!.GetValue<string>()), Is.EqualTo(shortBy));
        AssertBooksClose(night, night2);
    }

    private static Dictionary<string, string> Returned(Night night, DateOnly asOf) =>
        Rows(night, asOf, "exceptions.csv").Single(e => e["category"] == "returned_payment" && e["first_seen"] == asOf.ToString("yyyy-MM-dd"));

    private static string Money(decimal amount) => amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
