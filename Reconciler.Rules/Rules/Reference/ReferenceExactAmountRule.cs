using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>The payment names exactly one open invoice and pays exactly what it still owes.</summary>
public sealed class ReferenceExactAmountRule : ICashRule
{
    public const string RuleName = "reference_exact_amount";

    public string Name => RuleName;

    // Most payments name no open invoice: the outcome for a count and currency is made once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Count, string Currency), RuleOutcome.NoMatch> _notOne = new();

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var references = References.Of(cash, context);
        if (references.Open.Count != 1)
        {
            return references.Open.Count > 2 ? NotOne((references.Open.Count, cash.Currency))
                : _notOne.GetOrAdd((references.Open.Count, cash.Currency), NotOne);
        }
        var item = references.Open[0];
        var open = context.Ledger.OpenAmount(item);
        if (open != cash.Amount)
            return new RuleOutcome.NoMatch($"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} vs open {Money.Format(open)}");
        return new RuleOutcome.Matched([new Allocation(item, cash.Amount)], 1.0m,
            $"reference {item.InvoiceNumber} found in text; amount {Money.Format(cash.Amount)} equals open {Money.Format(open)} {cash.Currency}");
    }

    private static RuleOutcome.NoMatch NotOne((int Count, string Currency) key) => new($"{key.Count} open invoices referenced in {key.Currency}");
}
