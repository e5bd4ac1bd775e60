using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>The payment names an open invoice, but in another currency: nothing is applied (no FX guessing).</summary>
public sealed class ReferenceCurrencyRule : ICashRule
{
    public const string RuleName = "reference_currency";

    public string Name => RuleName;

    private static readonly RuleOutcome.NoMatch NotOtherCurrencyAlone = new("no reference in another currency alone");

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var references = References.Of(cash, context);
        if (references.Open.Count > 0 || references.OtherCurrency.Count == 0) return NotOtherCurrencyAlone;
        var item = references.OtherCurrency[0];
        return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.CurrencyMismatch,
            $"payment in {cash.Currency} refers to {item.InvoiceNumber}, billed in {item.Currency}",
            "Confirm the exchange and apply manually in the invoice's currency")
        {
            InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, ExpectedAmount = context.Ledger.OpenAmount(item),
        });
    }
}
