using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// One open invoice named, amount beyond tolerance. A short payment is applied and flagged
/// (<c>short_payment</c>, the rest stays open); an overpayment pays the invoice in full and the excess
/// stays unapplied, flagged <c>overpayment</c>.
/// </summary>
public sealed class ReferencePartialRule : ICashRule
{
    public const string RuleName = "reference_partial";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var open = References.Of(cash, context).Open;
        if (open.Count != 1) return OpenReferenced.NoMatch(open.Count);
        var item = open[0];
        var owed = context.Ledger.OpenAmount(item);
        var story = $"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} vs open {Money.Format(owed)}";
        if (cash.Amount < owed)
        {
            return new RuleOutcome.Matched([new Allocation(item, cash.Amount)], 0.9m, $"{story}: short by {Money.Format(owed - cash.Amount)}, applied as a partial payment")
            {
                Finding = new Finding(DiscrepancyCategory.ShortPayment,
                    $"{item.InvoiceNumber} paid {Money.Format(cash.Amount)} of {Money.Format(owed)} {cash.Currency}: short by {Money.Format(owed - cash.Amount)}",
                    "Chase the balance with the customer, or write it off")
                { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = cash.Amount, ExpectedAmount = owed },
            };
        }
        return new RuleOutcome.Matched([new Allocation(item, owed)], 0.9m, $"{story}: over by {Money.Format(cash.Amount - owed)}; the invoice is paid in full, the excess stays unapplied")
        {
            Finding = new Finding(DiscrepancyCategory.Overpayment,
                $"{item.InvoiceNumber} owed {Money.Format(owed)} {cash.Currency} and was paid {Money.Format(cash.Amount)}: {Money.Format(cash.Amount - owed)} over",
                "Refund the excess or apply it to another open invoice of the customer")
            { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = cash.Amount, ExpectedAmount = owed },
        };
    }
}
