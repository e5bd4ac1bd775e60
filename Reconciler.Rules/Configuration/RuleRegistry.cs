using Reconciler.Rules.Matching;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Rules.Rules.Reference;
using Reconciler.Rules.Rules.Settlement;

namespace Reconciler.Rules.Configuration;

/// <summary>
/// Rule names (as rules.json writes them) to rule classes, per section. A name not listed here is an
/// error that lists the valid names; no switch on strings anywhere in the engine.
/// </summary>
public static class RuleRegistry
{
    public static readonly IReadOnlyDictionary<string, Func<RuleOptionReader, ISettlementRule>> Settlement =
        new Dictionary<string, Func<RuleOptionReader, ISettlementRule>>(StringComparer.Ordinal)
        {
            ["stripe_payout"] = o => Batch(o, "stripe_payout", "stripe_payout", ["STRIPE"], 1, 5),
            ["paypal_withdrawal"] = o => Batch(o, "paypal_withdrawal", "paypal_withdrawal", ["PAYPAL"], 1, 5),
            ["era_835"] = o => Batch(o, "era_835", "era_835", ["HCCLAIMPMT", "HCCLAIM"], 3, 10),
            ["ach_batch"] = o => Batch(o, "ach_batch", "ach_batch", [], 2, 3),
        };

    public static readonly IReadOnlyDictionary<string, Func<RuleOptionReader, ICashRule>> Cash =
        new Dictionary<string, Func<RuleOptionReader, ICashRule>>(StringComparer.Ordinal)
        {
            [ReferenceExactAmountRule.RuleName] = _ => new ReferenceExactAmountRule(),
            [ReferenceMultipleRule.RuleName] = _ => new ReferenceMultipleRule(),
            [ReferenceCardFeeRule.RuleName] = o => new ReferenceCardFeeRule(new FeeScheduleOptions(
                o.List("tiers", FeeScheduleOptions.Default.Tiers, t => new FeeTier(t.Decimal("percent", 0m, 0m, 20m), t.Decimal("fixed", 0m, 0m, 100m))),
                o.Decimal("tolerance", 0.01m, 0m, 10m))),
            [ReferenceToleranceRule.RuleName] = o => new ReferenceToleranceRule(new ToleranceOptions(o.Decimal("absolute", 1.00m, 0m), o.Decimal("percent", 0m, 0m, 100m))),
            [ReferenceClosedRule.RuleName] = o => new ReferenceClosedRule(o.Int("duplicateWindowDays", 60, 0, 3650)),
            [ReferenceCurrencyRule.RuleName] = _ => new ReferenceCurrencyRule(),
            [ReferencePartialRule.RuleName] = _ => new ReferencePartialRule(),
            [AliasCustomerRule.RuleName] = _ => new AliasCustomerRule(),
            [AmountCustomerRule.RuleName] = o => new AmountCustomerRule(new CustomerOptions(o.Decimal("nameThreshold", 0.8m, 0.1m, 1m))),
            [CombinationRule.RuleName] = o => new CombinationRule(new CombinationOptions(
                o.Int("maxItems", 5, 2, 10), o.Int("maxCandidates", 20, 2, 60), o.Int("maxSteps", 200_000, 1, 10_000_000), o.Decimal("nameThreshold", 0.8m, 0.1m, 1m))),
            [AmountOnlyRule.RuleName] = o => new AmountOnlyRule(o.Int("windowDays", 90, 1, 3650)),
        };

    public static readonly IReadOnlyDictionary<string, Func<RuleOptionReader, ICashRule>> Claims =
        new Dictionary<string, Func<RuleOptionReader, ICashRule>>(StringComparer.Ordinal)
        {
            [ClaimPostingRule.RuleName] = o => new ClaimPostingRule(new ClaimPostingOptions(o.Strings("writeOffGroups", ClaimPostingOptions.Default.WriteOffGroups))),
        };

    private static BatchSettlementRule Batch(RuleOptionReader o, string name, string kind, string[] keywords, int before, int after) =>
        new(name, kind, new SettlementOptions(o.Strings("keywords", keywords), o.Int("daysBefore", before, 0, 60), o.Int("daysAfter", after, 0, 60),
            o.Decimal("tolerance", 0m, 0m), o.Bool("requireKeyword", true)));
}
