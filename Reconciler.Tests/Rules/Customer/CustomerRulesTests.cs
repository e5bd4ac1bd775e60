using Reconciler.Rules.Matching;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Customer;

public sealed class CustomerRulesTests
{
    private static readonly CustomerOptions Options = new(0.8m);

    [TestCase("ACH CREDIT MASSIVE DYNAMIC PMT")]
    [TestCase("MASIVE DYNAMIC INC")]
    public void AmountAndCustomerName_EvenWithATypo_AppliesTheOnlyInvoiceOfThatAmount(string text)
    {
        var context = Some.Context(Some.Invoice("INV-1", 845.20m, "C-M", "Massive Dynamic"), Some.Invoice("INV-2", 100m, "C-M", "Massive Dynamic"));

        var outcome = new AmountCustomerRule(Options).Evaluate(Some.Payment(845.20m, text), context);

        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Single().Item.InvoiceNumber, Is.EqualTo("INV-1"));
    }

    [Test]
    public void AmountAndCustomer_IsAmbiguous_WhenTwoInvoicesOfTheCustomerOweTheAmount()
    {
        var context = Some.Context(Some.Invoice("INV-1", 1500m, "C-W", "Wayne Enterprises"), Some.Invoice("INV-2", 1500m, "C-W", "Wayne Enterprises"));

        var outcome = new AmountCustomerRule(Options).Evaluate(Some.Payment(1500m, "WIRE IN WAYNE ENTERPRISES"), context);

        Assert.That(outcome, Is.TypeOf<RuleOutcome.Ambiguous>());
    }

    [Test]
    public void AmountAndCustomer_DoesNotMatch_WhenOnlyPartOfTheNameIsThere()
    {
        var context = Some.Context(Some.Invoice("INV-1", 845.20m, "C-M", "Massive Dynamic"));

        var outcome = new AmountCustomerRule(Options).Evaluate(Some.Payment(845.20m, "DYNAMIC SOLUTIONS"), context);

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void AmountAndCustomer_DoesNotMatch_AnotherCustomersInvoice()
    {
        var context = Some.Context(Some.Invoice("INV-1", 845.20m, "C-M", "Massive Dynamic"), Some.Invoice("INV-2", 99m, "C-A", "Acme Manufacturing"));

        var outcome = new AmountCustomerRule(Options).Evaluate(Some.Payment(845.20m, "ACME MANUFACTURING"), context);

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void Combination_FindsTheOnlySetOfTheCustomersInvoicesThatAddsUp()
    {
        var context = Some.Context(Some.Invoice("INV-1", 610m, "C-A", "Acme Manufacturing"), Some.Invoice("INV-2", 390m, "C-A", "Acme Manufacturing"),
            Some.Invoice("INV-3", 1250m, "C-A", "Acme Manufacturing"));

        var outcome = new CombinationRule(new CombinationOptions()).Evaluate(Some.Payment(1000m, "ACME MANUFACTURING"), context);

        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Select(a => a.Item.InvoiceNumber), Is.EqualTo(new[] { "INV-1", "INV-2" }));
    }

    [Test]
    public void Combination_IsAmbiguous_WhenTwoSetsAddUp()
    {
        var context = Some.Context(Some.Invoice("INV-1", 100m, "C-A", "Acme"), Some.Invoice("INV-2", 200m, "C-A", "Acme"),
            Some.Invoice("INV-3", 150m, "C-A", "Acme"), Some.Invoice("INV-4", 150m, "C-A", "Acme"));

        var outcome = new CombinationRule(new CombinationOptions()).Evaluate(Some.Payment(300m, "ACME"), context);

        Assert.That(outcome, Is.TypeOf<RuleOutcome.Ambiguous>());
    }

    [Test]
    public void Combination_GivesUpWithinItsStepBudget()
    {
        var items = Enumerable.Range(1, 20).Select(i => Some.Invoice($"INV-{i}", 1000m + i * 7m, "C-A", "Acme")).ToArray();

        var outcome = new CombinationRule(new CombinationOptions(MaxItems: 5, MaxSteps: 50)).Evaluate(Some.Payment(1.23m, "ACME"), Some.Context(items));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void AmountOnly_AppliesOnlyAUniqueAmountWithinTheWindow()
    {
        var unique = Some.Context(Some.Invoice("INV-1", 310m, issued: Some.Night.AddDays(-20)));
        var twice = Some.Context(Some.Invoice("INV-1", 310m, issued: Some.Night.AddDays(-20)), Some.Invoice("INV-2", 310m, issued: Some.Night.AddDays(-10)));
        var tooOld = Some.Context(Some.Invoice("INV-1", 310m, issued: Some.Night.AddDays(-200)));

        Assert.That(new AmountOnlyRule(90).Evaluate(Some.Payment(310m), unique), Is.TypeOf<RuleOutcome.Matched>());
        Assert.That(new AmountOnlyRule(90).Evaluate(Some.Payment(310m), twice), Is.TypeOf<RuleOutcome.NoMatch>());
        Assert.That(new AmountOnlyRule(90).Evaluate(Some.Payment(310m), tooOld), Is.TypeOf<RuleOutcome.NoMatch>());
    }
}
