using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>No usable reference, but the payer's name identifies one customer who has exactly one open invoice of this amount.</summary>
public sealed class AmountCustomerRule(CustomerOptions options) : ICashRule
{
    public const string RuleName = "amount_customer";

    public string Name => RuleName;

    private readonly PayingCustomer.NoFitOutcomes _noFit = new(options.NameThreshold);

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        if (_noFit.For(cash, context) is { } none) return none;
        var (customer, score, why) = PayingCustomer.Find(cash, context, options.NameThreshold);
        if (customer is null) return new RuleOutcome.NoMatch(why);
        var fits = context.Ledger.OpenItemsOwing(customer, cash.Currency, cash.Amount);
        return fits.Count switch
        {
            0 => new RuleOutcome.NoMatch($"{why}; none of its open invoices owes {Money.Format(cash.Amount)}"),
            1 => new RuleOutcome.Matched([new Allocation(fits[0], cash.Amount)], Math.Round(0.9m * score, 2),
                $"{why}; {fits[0].InvoiceNumber} is its only open invoice owing {Money.Format(cash.Amount)} {cash.Currency}"),
            _ => new RuleOutcome.Ambiguous(fits, $"{why}; {fits.Count} of its open invoices owe {Money.Format(cash.Amount)}: {References.Numbers(fits)}"),
        };
    }
}
