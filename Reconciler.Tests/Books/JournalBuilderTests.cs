using Reconciler.Rules.Books;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Books;

public sealed class JournalBuilderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static IReadOnlyList<JournalEntry> Build(params ItemReceipt[] items) => JournalBuilder.Build(new BooksNight { AsOf = AsOf, Items = items });

    private static decimal Net(JournalEntry entry, string role) =>
        entry.Lines.Where(l => l.Account.Role == role).Sum(l => l.Debit - l.Credit);

    [Test]
    public void CardChargeWithAFee_GoesToClearingNetAndFeesAndUnappliedGross()
    {
        var entry = Build(new ItemReceipt("K1", SourceKind.PaymentItem, "stripe_payout", "charge", "USD", 100.00m, 3.20m, null)).Single();

        Assert.That(entry.Balances, Is.True);
        Assert.That(Net(entry, AccountRole.ProcessorClearing), Is.EqualTo(96.80m));
        Assert.That(Net(entry, AccountRole.ProcessorFees), Is.EqualTo(3.20m));
        Assert.That(Net(entry, AccountRole.UnappliedCash), Is.EqualTo(-100.00m));
        Assert.That(entry.Lines.Single(l => l.Account.Role == AccountRole.ProcessorClearing).Account.Qualifier, Is.EqualTo("stripe_payout"));
    }

    [Test]
    public void RefundWithItsFeeGivenBack_IsOwedToTheCustomer_AndBalances()
    {
        var entry = Build(new ItemReceipt("K2", SourceKind.PaymentItem, "stripe_payout", "refund", "USD", -50.00m, -1.00m, null)).Single();

        Assert.That(entry.Balances, Is.True);
        Assert.That(Net(entry, AccountRole.RefundsPayable), Is.EqualTo(50.00m));
        Assert.That(Net(entry, AccountRole.ProcessorFees), Is.EqualTo(-1.00m));
        Assert.That(Net(entry, AccountRole.ProcessorClearing), Is.EqualTo(-49.00m));
    }

    [Test]
    public void PlbInterest_IsInterestIncome()
    {
        var entry = Build(new ItemReceipt("K3", SourceKind.PaymentItem, "era_835", "plb", "USD", 2.50m, 0m, "L6:CLM1")).Single();

        Assert.That(Net(entry, AccountRole.InterestIncome), Is.EqualTo(-2.50m));
        Assert.That(Net(entry, AccountRole.ProcessorClearing), Is.EqualTo(2.50m));
    }

    [Test]
    public void ClaimReversalUndoneTonight_TakesTheMoneyBackThroughUnappliedCash_AndReopensTheClaim()
    {
        var reversal = new Application(SourceKind.ClaimPayment, "K4", null, "CLM-1", "P-X", -80.00m, "USD", "claim_posting", 1m, "reversal");
        var entries = JournalBuilder.Build(new BooksNight
        {
            AsOf = AsOf,
            Items = [new ItemReceipt("K4", SourceKind.ClaimPayment, "era_835", "claim", "USD", -100.00m, 0m, null)],
            Applications = [reversal],
        });

        Assert.That(entries.Select(e => e.Balances), Is.All.True);
        Assert.That(entries.Sum(e => Net(e, AccountRole.UnappliedCash)), Is.Zero, "what the reversal undid came from unapplied cash and went back");
        Assert.That(entries.Sum(e => Net(e, AccountRole.AccountsReceivable)), Is.EqualTo(80.00m));
        Assert.That(entries.Sum(e => Net(e, AccountRole.RefundsPayable)), Is.EqualTo(20.00m), "the part never posted here is owed back until decided");
    }

    [Test]
    public void ReceiptSettlementApplicationAndAdjustments_EachBalance_AndLeaveNothingUnapplied()
    {
        var entries = JournalBuilder.Build(new BooksNight
        {
            AsOf = AsOf,
            Receipts = [new BankReceipt("B1", "000123456789", "USD", 436.65m), new BankReceipt("B2", "000123456789", "USD", 96.80m)],
            Items = [new ItemReceipt("K1", SourceKind.PaymentItem, "stripe_payout", "charge", "USD", 99.50m, 2.70m, null)],
            Settlements = [new Settlement("B2", 96.80m, "USD", "stripe_payout", "po_1", 96.80m, "matched", "payout_amount")],
            Applications =
            [
                new Application(SourceKind.BankLine, "B1", null, "INV-1", "C-1", 436.65m, "USD", "reference_card_fee", 0.9m, ""),
                new Application(SourceKind.Adjustment, "B1", null, "INV-1", "C-1", 13.35m, "USD", "card_fee", 0.9m, ""),
                new Application(SourceKind.PaymentItem, "K1", null, "INV-2", "C-2", 99.50m, "USD", "reference_tolerance", 0.95m, ""),
                new Application(SourceKind.Adjustment, "K1", null, "INV-2", "C-2", 0.50m, "USD", "tolerance_writeoff", 0.95m, ""),
            ],
        });

        Assert.That(entries.Select(e => e.Balances), Is.All.True);
        Assert.That(entries.Select(e => e.EntryId), Is.Unique);
        Assert.That(entries.Sum(e => Net(e, AccountRole.UnappliedCash)), Is.Zero);
        Assert.That(entries.Sum(e => Net(e, AccountRole.ProcessorClearing)), Is.Zero);
        Assert.That(entries.Sum(e => Net(e, AccountRole.AccountsReceivable)), Is.EqualTo(-(436.65m + 13.35m + 99.50m + 0.50m)));
        Assert.That(entries.Sum(e => Net(e, AccountRole.WriteOffs)), Is.EqualTo(0.50m));
        Assert.That(entries.Sum(e => Net(e, AccountRole.ProcessorFees)), Is.EqualTo(13.35m + 2.70m));
    }

    [Test]
    public void EveryEntry_IsPostedOnTheNightsDate()
    {
        var entries = Build(new ItemReceipt("K1", SourceKind.PaymentItem, "paypal_withdrawal", "payment", "USD", 10m, 0.59m, null));

        Assert.That(entries.Select(e => e.PostingDate), Is.All.EqualTo(AsOf));
    }
}
