using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>
/// No usable reference, and the payer's name never matches a customer's, but its remitter text is a payer alias
/// (config/aliases.json, or learned from a reviewer's apply) of one customer who has exactly one open invoice of this amount.
/// </summary>
public sealed class AliasCustomerRule : ICashRule
{
    public const string RuleName = "alias_customer";

    public string Name => RuleName;

    private static readonly RuleOutcome.NoMatch NoAlias = new("no payer alias fits the remitter text");

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var aliases = context.Aliases.Find(cash);
        if (aliases.Count == 0) return NoAlias;
        var customers = aliases.Select(a => a.CustomerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (customers.Count > 1)
            return new RuleOutcome.NoMatch($"payer aliases name {customers.Count} customers ({string.Join(", ", customers)})");
        var alias = aliases[0];
        var why = $"payer identified as {customers[0]} by {alias.Source} alias '{alias.Text}'";
        var fits = context.Ledger.OpenItemsOwing(customers[0], cash.Currency, cash.Amount);
        return fits.Count switch
        {
            0 => new RuleOutcome.NoMatch($"{why}; none of its open invoices owes {Money.Format(cash.Amount)}"),
            1 => new RuleOutcome.Matched([new Allocation(fits[0], cash.Amount)], 0.9m,
                $"{why}; {fits[0].InvoiceNumber} is its only open invoice owing {Money.Format(cash.Amount)} {cash.Currency}"),
            _ => new RuleOutcome.Ambiguous(fits, $"{why}; {fits.Count} of its open invoices owe {Money.Format(cash.Amount)}: {References.Numbers(fits)}"),
        };
    }
}
