using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Runs the configured rules over one night's money, in a fixed order, and classifies what is left.
/// Deterministic: the same input and rules give the same result, whatever order the input came in.
/// </summary>
public sealed class MatchingEngine(IReadOnlyList<ICashRule> rules, MatchingOptions options)
{
    public MatchingResult Run(MatchingInput input)
    {
        var ledger = new OpenItemLedger(input.OpenItems);
        var applications = new List<Application>();
        var discrepancies = new List<Discrepancy>();
        var unapplied = new SortedDictionary<string, decimal>(StringComparer.Ordinal);

        foreach (var cash in input.Cash.OrderBy(c => c.Date).ThenBy(c => c.SourceKind, StringComparer.Ordinal)
                     .ThenBy(c => c.SourceId, StringComparer.Ordinal))
        {
            var remaining = cash.Amount;
            foreach (var rule in rules)
            {
                if (rule.Evaluate(cash, ledger) is not RuleOutcome.Matched matched) continue;
                foreach (var allocation in matched.Allocations)
                {
                    ledger.Apply(allocation.Item, allocation.Amount);
                    remaining -= allocation.Amount;
                    applications.Add(new Application(
                        cash.SourceKind, cash.SourceId, cash.SourceFile, allocation.Item.InvoiceNumber,
                        allocation.Item.CustomerId, allocation.Amount, cash.Currency, rule.Name,
                        matched.Confidence, matched.Explanation));
                }
                break;
            }

            unapplied[cash.SourceId] = remaining;
            if (remaining > 0m) discrepancies.Add(Unmatched(cash, remaining, input.AsOf));
        }

        return new MatchingResult(applications, [], discrepancies, unapplied);
    }

    private Discrepancy Unmatched(CashCandidate cash, decimal remaining, DateOnly asOf)
    {
        var days = asOf.DayNumber - cash.Date.DayNumber;
        var stale = days > options.StaleAfterDays;
        var category = stale ? DiscrepancyCategory.StaleUnappliedCash
            : cash.SourceKind == SourceKind.BankLine ? DiscrepancyCategory.UnmatchedReceipt
            : DiscrepancyCategory.UnmatchedPayment;
        return new Discrepancy
        {
            Category = category,
            Severity = DiscrepancyCategory.DefaultSeverity(category),
            SourceKind = cash.SourceKind,
            SourceId = cash.SourceId,
            Amount = remaining,
            Currency = cash.Currency,
            Description = stale
                ? $"{Money.Format(remaining)} {cash.Currency} received {cash.Date:yyyy-MM-dd} still unapplied after {days} days"
                : $"{Money.Format(remaining)} {cash.Currency} received {cash.Date:yyyy-MM-dd} matched no open item",
            SuggestedAction = "Identify the payer and apply it to an invoice, or refund it",
        };
    }
}
