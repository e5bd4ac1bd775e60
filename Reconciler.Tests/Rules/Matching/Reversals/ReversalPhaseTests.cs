using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Matching.Reversals;

/// <summary>The reversal phase on its own inputs: which applications a partial refund reverses, and that none is reversed twice.</summary>
public sealed class ReversalPhaseTests
{
    private static CashCandidate Item(string id, string kind, decimal amount, string text) => new()
    {
        SourceKind = SourceKind.PaymentItem, SourceId = id, ItemId = "txn_" + id, ItemKind = kind, Amount = amount, Currency = "USD",
        Date = Some.Night, Texts = [text], BatchKind = "stripe_payout", BatchId = "po_1",
    };

    [Test]
    public void TwoPartialRefundsOfOneCharge_ReopenTheNewestApplicationFirst_AndNeverTheSameMoneyTwice()
    {
        var engine = Night.Engine;
        var input = new MatchingInput
        {
            AsOf = Some.Night,
            OpenItems = [Some.Invoice("INV-A", 100m, "C-1"), Some.Invoice("INV-B", 50m, "C-1")],
            Cash =
            [
                Item("c1", "charge", 150m, "Invoices INV-A INV-B ch_3Abc123"),
                Item("r1", "refund", -30m, "Refund ch_3Abc123"),
                Item("r2", "refund", -40m, "Refund ch_3Abc123"),
            ],
        };

        var result = engine.Run(input);

        var reversals = result.Applications.Where(a => a.Rule == "reversal").Select(a => (a.SourceId, a.InvoiceNumber, a.AppliedAmount)).ToList();
        // The charge paid INV-A 100 then INV-B 50: the 30 comes off INV-B; the 40 takes INV-B's last 20, then 20 of INV-A.
        Assert.That(reversals, Is.EqualTo(new[] { ("r1", "INV-B", -30m), ("r2", "INV-B", -20m), ("r2", "INV-A", -20m) }));
        Assert.That(reversals.Sum(r => r.AppliedAmount), Is.EqualTo(-(30m + 40m)));
        Assert.That(result.Reversals.Select(r => (r.SourceId, r.OriginalSourceId, r.Reopened)), Is.EqualTo(new[] { ("r1", "c1", 30m), ("r2", "c1", 40m) }));
        Assert.That(result.UnappliedBySource["r1"], Is.Zero);
    }
}
