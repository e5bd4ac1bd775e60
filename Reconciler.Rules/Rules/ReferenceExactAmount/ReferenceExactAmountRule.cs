using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.ReferenceExactAmount;

/// <summary>
/// The safest rule: the payment names exactly one open invoice (the contract's token rule) and pays
/// exactly what it still owes, in its currency.
/// </summary>
public sealed class ReferenceExactAmountRule : ICashRule
{
    public const string RuleName = "reference_exact_amount";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, OpenItemLedger ledger)
    {
        var referenced = ledger.FindReferenced([cash.InvoiceReference, .. cash.Texts]);
        if (referenced.Count == 0) return new RuleOutcome.NoMatch("no open invoice number found in the text");
        if (referenced.Count > 1)
        {
            return new RuleOutcome.NoMatch(
                $"{referenced.Count} invoices referenced ({string.Join(", ", referenced.Select(i => i.InvoiceNumber))})");
        }

        var item = referenced[0];
        var open = ledger.OpenAmount(item);
        if (item.Currency != cash.Currency)
        {
            return new RuleOutcome.NoMatch($"reference {item.InvoiceNumber} found but it is in {item.Currency}, the payment in {cash.Currency}");
        }
        if (open != cash.Amount)
        {
            return new RuleOutcome.NoMatch(
                $"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} vs open {Money.Format(open)}");
        }

        return new RuleOutcome.Matched(
            [new Allocation(item, cash.Amount)],
            1.0m,
            $"reference {item.InvoiceNumber} found in text; amount {Money.Format(cash.Amount)} equals open {Money.Format(open)} {cash.Currency}");
    }
}
