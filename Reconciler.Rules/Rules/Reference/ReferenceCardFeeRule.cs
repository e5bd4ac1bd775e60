using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Reference;

/// <summary>
/// One open invoice named, and the payment short by exactly a card processor's fee from the schedule:
/// the payment is applied and the fee written off (rule <c>card_fee</c>).
/// </summary>
public sealed class ReferenceCardFeeRule(FeeScheduleOptions options) : ICashRule
{
    public const string RuleName = "reference_card_fee";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        var open = References.Of(cash, context).Open;
        if (open.Count != 1) return OpenReferenced.NoMatch(open.Count);
        var item = open[0];
        var owed = context.Ledger.OpenAmount(item);
        var kept = owed - cash.Amount;
        if (kept <= 0m) return new RuleOutcome.NoMatch($"payment {Money.Format(cash.Amount)} is not below open {Money.Format(owed)}");
        foreach (var tier in options.Tiers)
        {
            var fee = Math.Round(owed * tier.Percent / 100m + tier.Fixed, 2, MidpointRounding.AwayFromZero);
            if (Math.Abs(fee - kept) > options.Tolerance) continue;
            return new RuleOutcome.Matched([new Allocation(item, cash.Amount)], 0.9m,
                $"reference {item.InvoiceNumber} found; amount {Money.Format(cash.Amount)} = open {Money.Format(owed)} - fee {Money.Format(kept)} ({tier.Percent}% + {Money.Format(tier.Fixed)})")
            {
                Adjustments = [new Adjustment(item, kept, "card_fee", $"card processing fee {Money.Format(kept)} {cash.Currency} ({tier.Percent}% + {Money.Format(tier.Fixed)}) written off")],
            };
        }
        return new RuleOutcome.NoMatch($"reference {item.InvoiceNumber}: shortfall {Money.Format(kept)} matches no fee in the schedule");
    }
}
