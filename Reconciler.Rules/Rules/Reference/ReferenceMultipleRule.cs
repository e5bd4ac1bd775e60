using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// The payment names several open invoices: applied to all of them when their open amounts add up to it
/// exactly, or to the one named invoice whose open amount equals it; otherwise nobody can tell which
/// invoice is short, so it is an ambiguous match.
/// </summary>
public sealed class ReferenceMultipleRule : ICashRule
{
    public const string RuleName = "reference_multiple";

    public string Name => RuleName;

    private static readonly RuleOutcome.NoMatch FewerThanTwo = new("fewer than two open invoices referenced");

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var open = References.Of(cash, context).Open;
        if (open.Count < 2) return FewerThanTwo;
        var total = open.Sum(context.Ledger.OpenAmount);
        var names = References.Numbers(open);
        if (total == cash.Amount)
        {
            return new RuleOutcome.Matched(open.Select(i => new Allocation(i, context.Ledger.OpenAmount(i))).ToList(), 1.0m,
                $"references {names} found in text; their open amounts total {Money.Format(total)}, equal to the payment");
        }
        var exact = open.Where(i => context.Ledger.OpenAmount(i) == cash.Amount).ToList();
        if (exact.Count == 1)
        {
            return new RuleOutcome.Matched([new Allocation(exact[0], cash.Amount)], 0.9m,
                $"references {names} found; only {exact[0].InvoiceNumber} owes exactly {Money.Format(cash.Amount)}");
        }
        return new RuleOutcome.Ambiguous(open,
            $"references {names} found; their open amounts total {Money.Format(total)}, not the payment's {Money.Format(cash.Amount)}");
    }
}
