using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Rules.Rules.Reference;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Credit;

public sealed class CreditNoteTests
{
    private static readonly Reconciler.Rules.Model.OpenItem Note = Some.Invoice("CN-7", -40m, amount: -40m);

    [Test]
    public void PaymentNamingOnlyACreditNote_IsNotCalledAPaymentToAClosedInvoice()
    {
        var outcome = new ReferenceClosedRule().Evaluate(Some.Payment(40m, "CN-7"), Some.Context(Note));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void CreditNote_IsKeptApartFromOpenAndClosedReferences()
    {
        var context = Some.Context(Note, Some.Invoice("INV-1", 100m));

        var references = References.Of(Some.Payment(60m, "INV-1 CN-7"), context);

        Assert.That((references.Open.Single().InvoiceNumber, references.Credits.Single().InvoiceNumber, references.Closed.Count),
            Is.EqualTo(("INV-1", "CN-7", 0)));
    }

    [Test]
    public void CreditNote_NeverReceivesCash_AsIfItWereOwed()
    {
        var ledger = new OpenItemLedger([Note, Some.Invoice("INV-1", 100m)]);

        Assert.That(ledger.OpenItemsOf("C-1", "USD").Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "INV-1" }));
        Assert.That(ledger.CreditNotesOf("C-1", "USD").Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "CN-7" }));
        Assert.That(ledger.OwingExactly(40m, "USD"), Is.Empty);
        var amountOnly = new AmountOnlyRule().Evaluate(Some.Payment(40m), new MatchContext(ledger, Some.Night, []));
        Assert.That(amountOnly, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void CreditNote_AgesAsANegativeAmount_InItsBucketAndTheTotal()
    {
        var asOf = new DateOnly(2025, 3, 15);
        var items = new[]
        {
            Some.Invoice("INV-1", 300m, due: asOf.AddDays(-45)),
            Some.Invoice("CN-7", -40m, amount: -40m, due: asOf.AddDays(-5)),
        };

        var row = AgingCalculator.Age(items, new Dictionary<string, decimal>(), asOf, AgingBuckets.Default).Single();

        Assert.That(row.Buckets, Is.EqualTo(new[] { 0m, -40m, 300m, 0m, 0m }));
        Assert.That(row.Total, Is.EqualTo(items.Sum(i => i.OpenAmount)));
    }

    [Test]
    public void PaymentOfInvoicesLessACreditNote_AppliesTheInvoices_AndUsesTheNote()
    {
        var context = Some.Context(Some.Invoice("INV-1", 300m, "C-M", "Massive Dynamic"), Some.Invoice("INV-2", 125.50m, "C-M", "Massive Dynamic"),
            Some.Invoice("CN-7", -40m, "C-M", "Massive Dynamic", amount: -40m));
        var paid = 300m + 125.50m - 40m;

        var outcome = new CombinationRule(new CombinationOptions()).Evaluate(Some.Payment(paid, "MASSIVE DYNAMIC"), context);

        var matched = (RuleOutcome.Matched)outcome;
        Assert.That(matched.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)),
            Is.EqualTo(new[] { ("INV-1", 300m), ("INV-2", 125.50m), ("CN-7", -40m) }));
        Assert.That(matched.Allocations.Sum(a => a.Amount), Is.EqualTo(paid));
        Assert.That(matched.Explanation, Does.Contain("credit note CN-7"));
    }

    [Test]
    public void PaymentThatFitsInvoicesAlone_LeavesTheCreditNoteOpen()
    {
        var context = Some.Context(Some.Invoice("INV-1", 300m, "C-M", "Massive Dynamic"), Some.Invoice("INV-2", 125.50m, "C-M", "Massive Dynamic"),
            Some.Invoice("CN-7", -40m, "C-M", "Massive Dynamic", amount: -40m));

        var outcome = new CombinationRule(new CombinationOptions()).Evaluate(Some.Payment(425.50m, "MASSIVE DYNAMIC"), context);

        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Select(a => a.Item.InvoiceNumber), Is.EqualTo(new[] { "INV-1", "INV-2" }));
    }
}
