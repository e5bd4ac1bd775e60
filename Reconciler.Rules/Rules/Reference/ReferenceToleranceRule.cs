using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// One open invoice named, and the payment within tolerance of what it owes: applied in full. A small
/// shortfall is written off (rule <c>tolerance_writeoff</c>) so the invoice closes; a small excess leaves a
/// credit of a few cents on it.
/// </summary>
public sealed class ReferenceToleranceRule(ToleranceOptions options) : ICashRule
{
    public const string RuleName = "reference_tolerance";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var open = References.Of(cash, context).Open;
        if (open.Count != 1) return OpenReferenced.NoMatch(open.Count);
        var item = open[0];
        var owed = context.Ledger.OpenAmount(item);
        var difference = cash.Amount - owed;
        var tolerance = options.For(owed);
        var story = $"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} vs open {Money.Format(owed)}";
        if (difference == 0m || Math.Abs(difference) > tolerance)
            return new RuleOutcome.NoMatch($"{story}: difference {Money.Format(difference)}, tolerance {Money.Format(tolerance)}");

        var matched = new RuleOutcome.Matched([new Allocation(item, cash.Amount)], 0.95m,
            $"{story}: {(difference < 0 ? "short" : "over")} by {Money.Format(Math.Abs(difference))}, within tolerance {Money.Format(tolerance)}");
        return difference > 0m ? matched : matched with
        {
            Adjustments = [new Adjustment(item, -difference, "tolerance_writeoff",
                $"short payment of {Money.Format(-difference)} {cash.Currency} within tolerance {Money.Format(tolerance)} written off")],
        };
    }
}
