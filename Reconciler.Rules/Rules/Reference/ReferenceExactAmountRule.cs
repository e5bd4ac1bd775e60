using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>The payment names exactly one open invoice and pays exactly what it still owes.</summary>
public sealed class ReferenceExactAmountRule : ICashRule
{
    public const string RuleName = "reference_exact_amount";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var references = References.Of(cash, context);
        if (references.Open.Count != 1) return new RuleOutcome.NoMatch($"{references.Open.Count} open invoices referenced in {cash.Currency}");
        var item = references.Open[0];
        var open = context.Ledger.OpenAmount(item);
        if (open != cash.Amount)
            return new RuleOutcome.NoMatch($"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} vs open {Money.Format(open)}");
        return new RuleOutcome.Matched([new Allocation(item, cash.Amount)], 1.0m,
            $"reference {item.InvoiceNumber} found in text; amount {Money.Format(cash.Amount)} equals open {Money.Format(open)} {cash.Currency}");
    }
}
