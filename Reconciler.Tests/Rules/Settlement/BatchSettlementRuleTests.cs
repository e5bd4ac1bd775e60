using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Settlement;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Settlement;

public sealed class BatchSettlementRuleTests
{
    private static readonly BatchSettlementRule Stripe = new("stripe_payout", "stripe_payout", new SettlementOptions(["STRIPE"], 1, 5));

    private static NightBatch Payout(string id, decimal amount, DateOnly? date = null, string kind = "stripe_payout") =>
        new($"K-{id}", new PaymentBatch { Kind = kind, Id = id, Amount = amount, Currency = "USD", Date = date ?? Some.Night.AddDays(-1), Items = [] });

    [Test]
    public void PayoutIdInTheText_Settles_EvenWhenTheAmountDiffers()
    {
        var outcome = Stripe.Evaluate(Some.Payment(500m, "STRIPE TRANSFER po_1QbU8eMm42"), [Payout("po_1QbU8eMm42", 512.40m), Payout("po_other", 500m)]);

        Assert.That(((SettlementOutcome.Settled)outcome).Batch.Batch.Id, Is.EqualTo("po_1QbU8eMm42"));
    }

    [Test]
    public void KeywordAmountAndDate_SettleTheOnlyFittingPayout()
    {
        var outcome = Stripe.Evaluate(Some.Payment(506.51m, "STRIPE TRANSFER"), [Payout("po_1", 506.51m), Payout("po_2", 100m)]);

        Assert.That(((SettlementOutcome.Settled)outcome).Batch.Batch.Id, Is.EqualTo("po_1"));
    }

    [Test]
    public void WithoutKeywordOrId_NothingIsSettled()
    {
        var outcome = Stripe.Evaluate(Some.Payment(506.51m, "ACH CREDIT ACME"), [Payout("po_1", 506.51m)]);

        Assert.That(outcome, Is.TypeOf<SettlementOutcome.NoMatch>());
    }

    [Test]
    public void OutsideTheDateWindow_NothingIsSettled()
    {
        var outcome = Stripe.Evaluate(Some.Payment(506.51m, "STRIPE TRANSFER"), [Payout("po_1", 506.51m, Some.Night.AddDays(-30))]);

        Assert.That(outcome, Is.TypeOf<SettlementOutcome.NoMatch>());
    }

    [Test]
    public void TwoPayoutsOfTheSameAmount_AreAmbiguous()
    {
        var outcome = Stripe.Evaluate(Some.Payment(100m, "STRIPE"), [Payout("po_1", 100m), Payout("po_2", 100m)]);

        Assert.That(outcome, Is.TypeOf<SettlementOutcome.Ambiguous>());
    }

    [Test]
    public void CheckNumberOfAnEra_SettlesTheRemittancePaidByCheck()
    {
        var era = new BatchSettlementRule("era_835", "era_835", new SettlementOptions(["HCCLAIMPMT"], 3, 10));

        var outcome = era.Evaluate(Some.Payment(768m, "MOBILE DEPOSIT CHECK 88231"), [Payout("88231", 768m, kind: "era_835")]);

        Assert.That(outcome, Is.TypeOf<SettlementOutcome.Settled>());
    }
}
