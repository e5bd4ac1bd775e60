using Reconciler.Reports.Summary;
using Reconciler.Rules.Matching;

namespace Reconciler.Runs.Backtest;

/// <summary>What the backtest summary shows of one run of a night: its applications, auto-match rate, exceptions and reviewer agreement.</summary>
public sealed record NightFigures(int Applications, decimal AutoMatchRate, IReadOnlyDictionary<string, int> ExceptionsByCategory, ReviewerAgreement.Result Reviewers)
{
    public static NightFigures Of(NightResult night, IReadOnlyList<ReviewDecision> decisions) => new(
        night.Matching.Applications.Count,
        SummaryJson.AutoMatchRate(night),
        night.Exceptions.GroupBy(e => e.Discrepancy.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
        ReviewerAgreement.Check(decisions, night.Matching.Applications, night.Exceptions.Select(e => e.Discrepancy.Id).ToHashSet(StringComparer.Ordinal)));
}
