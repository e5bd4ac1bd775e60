using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Rules.Reference;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Reference;

public sealed class ReferenceRulesTests
{
    [TestCase("ACH CREDIT INV-1001")]
    [TestCase("payment inv 1001 thanks")]
    [TestCase("INV#1001")]
    [TestCase("ref: inv_1001/march")]
    public void ExactAmount_ReferenceInAnySpelling_IsApplied(string text)
    {
        var outcome = new ReferenceExactAmountRule().Evaluate(Some.Payment(250m, text), Some.Context(Some.Invoice("INV-1001", 250m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.Matched>());
        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Single().Amount, Is.EqualTo(250m));
    }

    [Test]
    public void ExactAmount_DoesNotMatch_WhenTheAmountDiffersByACent()
    {
        var outcome = new ReferenceExactAmountRule().Evaluate(Some.Payment(249.99m, "INV-1001"), Some.Context(Some.Invoice("INV-1001", 250m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
        Assert.That(((RuleOutcome.NoMatch)outcome).Reason, Does.Contain("249.99").And.Contain("250.00"));
    }

    [Test]
    public void ExactAmount_DoesNotMatch_APartOfALongerNumber()
    {
        var outcome = new ReferenceExactAmountRule().Evaluate(Some.Payment(250m, "INV-10015"), Some.Context(Some.Invoice("INV-1001", 250m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void Multiple_PaysEveryNamedInvoice_WhenTheyAddUp()
    {
        var outcome = new ReferenceMultipleRule().Evaluate(Some.Payment(300m, "INV-1 INV-2"),
            Some.Context(Some.Invoice("INV-1", 100m), Some.Invoice("INV-2", 200m)));

        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)),
            Is.EqualTo(new[] { ("INV-1", 100m), ("INV-2", 200m) }));
    }

    [Test]
    public void Multiple_IsAmbiguous_WhenNobodyCanTellWhichNamedInvoiceIsShort()
    {
        var outcome = new ReferenceMultipleRule().Evaluate(Some.Payment(250m, "INV-1 INV-2"),
            Some.Context(Some.Invoice("INV-1", 100m), Some.Invoice("INV-2", 200m)));

        Assert.That(((RuleOutcome.Ambiguous)outcome).Candidates.Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "INV-1", "INV-2" }));
    }

    [Test]
    public void CardFee_ShortByTheScheduledFee_IsAppliedWithTheFeeWrittenOff()
    {
        var rule = new ReferenceCardFeeRule(FeeScheduleOptions.Default);

        var outcome = (RuleOutcome.Matched)rule.Evaluate(Some.Payment(436.65m, "INV-1006"), Some.Context(Some.Invoice("INV-1006", 450m)));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(436.65m));
        Assert.That(outcome.Adjustments.Single().Amount, Is.EqualTo(13.35m));
        Assert.That(outcome.Adjustments.Single().Reason, Is.EqualTo("card_fee"));
    }

    [Test]
    public void CardFee_DoesNotMatch_AShortfallThatIsNoFee()
    {
        var outcome = new ReferenceCardFeeRule(FeeScheduleOptions.Default).Evaluate(Some.Payment(400m, "INV-1006"), Some.Context(Some.Invoice("INV-1006", 450m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void ShortPaymentWithinTolerance_IsAppliedWithoutDiscrepancy_AndTheCentsWrittenOff()
    {
        var outcome = (RuleOutcome.Matched)new ReferenceToleranceRule(new ToleranceOptions(1.00m))
            .Evaluate(Some.Payment(724.50m, "INV-1009"), Some.Context(Some.Invoice("INV-1009", 725m)));

        Assert.That(outcome.Finding, Is.Null);
        Assert.That(outcome.Adjustments.Single().Amount, Is.EqualTo(0.50m));
        Assert.That(outcome.Explanation, Does.Contain("short by 0.50").And.Contain("tolerance 1.00"));
    }

    [Test]
    public void Tolerance_DoesNotMatch_BeyondItsLimit()
    {
        var outcome = new ReferenceToleranceRule(new ToleranceOptions(1.00m)).Evaluate(Some.Payment(723.99m, "INV-1009"), Some.Context(Some.Invoice("INV-1009", 725m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void Tolerance_InPercent_UsesTheLargerOfTheTwoLimits()
    {
        var outcome = new ReferenceToleranceRule(new ToleranceOptions(1.00m, 0.5m)).Evaluate(Some.Payment(9_960m, "INV-9"), Some.Context(Some.Invoice("INV-9", 10_000m)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.Matched>());
    }

    [Test]
    public void ShortPaymentBeyondTolerance_IsAppliedAndFlagged()
    {
        var outcome = (RuleOutcome.Matched)new ReferencePartialRule().Evaluate(Some.Payment(950.50m, "INV-1002"), Some.Context(Some.Invoice("INV-1002", 980.50m)));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(950.50m));
        Assert.That(outcome.Finding!.Category, Is.EqualTo(DiscrepancyCategory.ShortPayment));
        Assert.That((outcome.Finding.Amount, outcome.Finding.ExpectedAmount), Is.EqualTo((950.50m, 980.50m)));
    }

    [Test]
    public void Overpayment_PaysTheInvoiceInFull_AndFlagsTheExcess()
    {
        var outcome = (RuleOutcome.Matched)new ReferencePartialRule().Evaluate(Some.Payment(950m, "INV-1007"), Some.Context(Some.Invoice("INV-1007", 900m)));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(900m));
        Assert.That(outcome.Finding!.Category, Is.EqualTo(DiscrepancyCategory.Overpayment));
    }

    [Test]
    public void PaymentToAnInvoicePaidBeforeWithTheSameAmount_IsADuplicate()
    {
        var prior = new PriorPayment("INV-1001", 1250m, Some.Night.AddDays(-2), "B-0");

        var outcome = new ReferenceClosedRule(60).Evaluate(Some.Payment(1250m, "INV-1001"), Some.Context([prior], Some.Invoice("INV-1001", 0m, amount: 1250m)));

        Assert.That(((RuleOutcome.Flagged)outcome).Finding.Category, Is.EqualTo(DiscrepancyCategory.DuplicatePayment));
    }

    [Test]
    public void PaymentToAClosedInvoiceWithNoEarlierPaymentOfThatAmount_IsAClosedInvoicePayment()
    {
        var prior = new PriorPayment("INV-1001", 1000m, Some.Night.AddDays(-2), "B-0");

        var outcome = new ReferenceClosedRule(60).Evaluate(Some.Payment(1250m, "INV-1001"), Some.Context([prior], Some.Invoice("INV-1001", 0m, amount: 1250m)));

        Assert.That(((RuleOutcome.Flagged)outcome).Finding.Category, Is.EqualTo(DiscrepancyCategory.ClosedInvoicePayment));
    }

    [Test]
    public void DuplicateWindow_OldPaymentsDoNotMakeADuplicate()
    {
        var prior = new PriorPayment("INV-1001", 1250m, Some.Night.AddDays(-200), "B-0");

        var outcome = new ReferenceClosedRule(60).Evaluate(Some.Payment(1250m, "INV-1001"), Some.Context([prior], Some.Invoice("INV-1001", 0m, amount: 1250m)));

        Assert.That(((RuleOutcome.Flagged)outcome).Finding.Category, Is.EqualTo(DiscrepancyCategory.ClosedInvoicePayment));
    }

    [Test]
    public void PaymentInAnotherCurrency_IsACurrencyMismatch_AndNothingIsApplied()
    {
        var context = Some.Context(Some.Invoice("INV-2001", 500m, currency: "EUR"));

        Assert.That(new ReferenceExactAmountRule().Evaluate(Some.Payment(500m, "INV-2001"), context), Is.TypeOf<RuleOutcome.NoMatch>());
        Assert.That(((RuleOutcome.Flagged)new ReferenceCurrencyRule().Evaluate(Some.Payment(500m, "INV-2001"), context)).Finding.Category,
            Is.EqualTo(DiscrepancyCategory.CurrencyMismatch));
    }
}
