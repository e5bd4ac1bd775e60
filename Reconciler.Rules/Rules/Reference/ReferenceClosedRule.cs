using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// The payment names only invoices that are no longer open. If one of them was already paid the same
/// amount within the window, this is a duplicate payment; otherwise it is a payment to a closed invoice.
/// </summary>
public sealed class ReferenceClosedRule(int duplicateWindowDays = 60) : ICashRule
{
    public const string RuleName = "reference_closed";

    public string Name => RuleName;

    private static readonly RuleOutcome.NoMatch NotClosedAlone = new("no reference to a closed invoice alone");

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var references = References.Of(cash, context);
        if (references.Open.Count > 0 || references.OtherCurrency.Count > 0 || references.Closed.Count == 0)
            return NotClosedAlone;

        foreach (var item in references.Closed)
        {
            // The earliest payment of the same amount within the window (the first of the earliest, as a stable sort has it).
            PriorPayment? found = null;
            foreach (var p in context.PaymentsTo(item.InvoiceNumber))
            {
                if (p.Amount == cash.Amount && p.SourceId != cash.SourceId && cash.Date.DayNumber - p.Date.DayNumber <= duplicateWindowDays
                    && (found is not { } e || p.Date < e.Date)) found = p;
            }
            if (found is not { } earlier) continue;
            return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.DuplicatePayment,
                $"{item.InvoiceNumber} was already paid {Money.Format(earlier.Amount)} {cash.Currency} on {earlier.Date:yyyy-MM-dd} ({earlier.SourceId}); this payment of {Money.Format(cash.Amount)} pays it again",
                "Refund the duplicate or apply it to another open invoice of the customer")
            {
                InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, ExpectedAmount = 0m,
            });
        }

        var closed = references.Closed[0];
        return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.ClosedInvoicePayment,
            $"payment of {Money.Format(cash.Amount)} {cash.Currency} refers to {References.Numbers(references.Closed)}, which is not open",
            "Check whether the invoice was paid twice or the reference is wrong; refund or re-apply")
        {
            InvoiceNumber = closed.InvoiceNumber, CustomerId = closed.CustomerId, ExpectedAmount = 0m,
        });
    }
}
