using Reconciler.Rules.Matching;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void EarlierReversals_MapEachReversingRowThatReopenedSomething_ToItsOriginal_FromEarlierNightsOnly()
    {
        using var store = CreateStore();
        var first = Completed("R1", Night1);
        first = first with
        {
            Matching = first.Matching with
            {
                Reversals =
                [
                    new Reversal("payment_item", "REFUND-1", "refund", "USD", -200m, "payment_item", "CHARGE-1", 200m, 0m),
                    new Reversal("payment_item", "REFUND-2", "refund", "USD", -50m, null, null, 0m, 0m),
                    new Reversal("bank_line", "RETURN-1", "return", "USD", -75m, "bank_line", "CREDIT-1", 0m, 75m),
                ],
            },
        };
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(first);

        Assert.That(store.EarlierReversals(Night1, Night1), Is.Empty, "the night itself is not earlier");
        Assert.That(store.EarlierReversals(Night2, Night2.AddDays(1)), Is.Empty, "a night before the look-back is not read");
        Assert.That(store.EarlierReversals(Night1, Night2), Is.EquivalentTo(new Dictionary<string, EarlierReversal> { ["REFUND-1"] = new("CHARGE-1", "refund") }),
            "one with no original, and one that only reduced unapplied money, reopened nothing");
    }

    [Test]
    public void PriorWriteOffs_AreTheWriteOffsOfEarlierNightsSinceTheLookBack_NotOtherAdjustments()
    {
        using var store = CreateStore();
        var first = Completed("R1", Night1);
        first = first with
        {
            Matching = first.Matching with
            {
                Applications =
                [
                    Applied("INV-1", 96.80m, "CHARGE-1"),
                    new("adjustment", "CHARGE-1", "stripe.csv", "INV-1", "C-1", 3.20m, "USD", "card_fee", 0.9m, "card fee written off"),
                    new("adjustment", "CLM-1", "era.835", "CLM-1", "P-1", 40m, "USD", "contractual", 1.0m, "CO-45"),
                ],
            },
        };
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(first);

        Assert.That(store.PriorWriteOffs(Night1, Night2), Is.EqualTo(new[] { new PriorWriteOff("INV-1", 3.20m, "CHARGE-1", "card_fee") }));
        Assert.That(store.PriorWriteOffs(Night1, Night1), Is.Empty, "the night itself is not earlier");
        Assert.That(store.PriorWriteOffs(Night2, Night2.AddDays(1)), Is.Empty, "a night before the look-back is not read");
    }
}
