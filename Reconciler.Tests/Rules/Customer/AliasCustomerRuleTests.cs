using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Customer;

public sealed class AliasCustomerRuleTests
{
    private static readonly OpenItem[] AcmeInvoices =
        [Some.Invoice("INV-1", 200m, "C-ACME", "Acme Manufacturing"), Some.Invoice("INV-2", 80m, "C-ACME", "Acme Manufacturing")];

    private static MatchContext Context(params PayerAlias[] aliases) =>
        new(new OpenItemLedger(AcmeInvoices), Some.Night, [], new PayerAliasBook(aliases));

    private static PayerAlias Alias(string text, string customer = "C-ACME") => new(text, customer, PayerAlias.Configured);

    [TestCase("ACME MFG")]
    [TestCase("acme  mfg")]
    [TestCase(" Acme Mfg ")]
    public void ARemitterTextThatIsAnAlias_IgnoringCaseAndSpacing_AppliesTheCustomersOnlyInvoiceOfThatAmount(string counterparty)
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(80m, "PAYMENT", counterparty: counterparty), Context(Alias("ACME MFG")));

        var matched = (RuleOutcome.Matched)outcome;
        Assert.That(matched.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("INV-2", 80m) }));
        Assert.That(matched.Explanation, Does.Contain("payer identified as C-ACME by config alias 'ACME MFG'"));
    }

    [TestCase("ACME*", "ACME MFG CO")]
    [TestCase("*MFG", "PAYMENT FROM ACME MFG")]
    [TestCase("ACME*MFG*", "ACME EAST MFG 0042")]
    public void ARemitterTextThatFitsAPattern_IsTheAliasesCustomer(string pattern, string remittance)
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(80m, remittance), Context(Alias(pattern)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.Matched>());
    }

    [TestCase("ACME*", "GLOBEX ACME")]
    [TestCase("*MFG", "ACME MFG CO")]
    [TestCase("ACME*MFG", "ACMFG")]
    [TestCase("ACME MFG", "ACME MFG CO")]
    public void ARemitterTextThatIsNotTheAliasOrDoesNotFitThePattern_IsNotMatched(string alias, string remittance)
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(80m, remittance), Context(Alias(alias)));

        Assert.That(outcome, Is.TypeOf<RuleOutcome.NoMatch>());
    }

    [Test]
    public void AnExactAlias_WinsOverAPatternOfAnotherCustomer()
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(80m, counterparty: "ACME MFG"), Context(Alias("ACME*", "C-OTHER"), Alias("ACME MFG")));

        Assert.That(((RuleOutcome.Matched)outcome).Allocations.Single().Item.CustomerId, Is.EqualTo("C-ACME"));
    }

    [Test]
    public void AliasesNamingTwoCustomers_MatchNothing()
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(80m, counterparty: "ACME MFG CO"), Context(Alias("ACME*", "C-OTHER"), Alias("*MFG CO")));

        Assert.That(((RuleOutcome.NoMatch)outcome).Reason, Does.Contain("2 customers (C-ACME, C-OTHER)"));
    }

    [Test]
    public void AnAliasedCustomerWithNoInvoiceOfThatAmount_IsNotMatched()
    {
        var outcome = new AliasCustomerRule().Evaluate(Some.Payment(81m, counterparty: "ACME MFG"), Context(Alias("ACME MFG")));

        Assert.That(((RuleOutcome.NoMatch)outcome).Reason, Does.Contain("none of its open invoices owes 81.00"));
    }

    [Test]
    public void TheEngine_MatchesByTheConfiguredAndTheLearnedAliases_WithRuleAliasCustomer()
    {
        var engine = new MatchingEngine(Night.Engine.Rules) { ConfiguredAliases = [Alias("GLOBEX EAST*", "C-1")] };
        var input = new MatchingInput
        {
            AsOf = Some.Night,
            OpenItems = [.. AcmeInvoices, Some.Invoice("INV-3", 55.50m)],
            Cash = [Some.Payment(80m, counterparty: "ACME MFG", id: "B-1"), Some.Payment(55.50m, counterparty: "GLOBEX EAST DIV", id: "B-2")],
            Aliases = [new PayerAlias("ACME MFG", "C-ACME", PayerAlias.Learned)],
        };

        var applied = engine.Run(input).Applications;

        Assert.That(applied.Select(a => (a.SourceId, a.InvoiceNumber, a.Rule)),
            Is.EquivalentTo(new[] { ("B-1", "INV-2", "alias_customer"), ("B-2", "INV-3", "alias_customer") }));
    }

    [Test]
    public void WithoutAliases_TheSamePaymentsAreNotMatchedByName()
    {
        var input = new MatchingInput
        {
            AsOf = Some.Night,
            OpenItems = AcmeInvoices,
            Cash = [Some.Payment(80m, counterparty: "ACME MFG", id: "B-1")],
        };

        Assert.That(Night.Engine.Run(input).Applications.Where(a => a.Rule != "amount_only"), Is.Empty);
    }
}
