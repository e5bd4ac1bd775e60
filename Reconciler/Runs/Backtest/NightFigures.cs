using Reconciler.Reports.Summary;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Runs.Backtest;

/// <summary>What the backtest summary shows of one run of a night: its applications, auto-match rate, exceptions and reviewer agreement.</summary>
public sealed record NightFigures(int Applications, decimal AutoMatchRate, IReadOnlyDictionary<string, int> ExceptionsByCategory, ReviewerAgreement.Result Reviewers)
{
    public static NightFigures Of(NightResult night, IReadOnlyList<ReviewDecision> decisions) =>
        Of(night.Matching.Applications, SummaryJson.AutoMatchRate(night), night.Exceptions.Select(e => (e.Discrepancy.Id, e.Discrepancy.Category)), decisions);

    /// <summary>
    /// The figures of a stored run from what it wrote and the cash it considered (<paramref name="cash"/>: ids and what was left
    /// of each at the start of the night). The rate is summary.json's: the share of that cash the night left nothing of, to 4 places.
    /// </summary>
    public static NightFigures Of(StoredRunToReplay run, IReadOnlyList<(string Id, decimal Remaining)> cash, IReadOnlyList<ReviewDecision> decisions)
    {
        var explained = cash.Count(c => run.Unapplied.GetValueOrDefault(c.Id, c.Remaining) == 0m);
        var rate = cash.Count == 0 ? 0m : Math.Round((decimal)explained / cash.Count, 4);
        return Of(run.Applications, rate, run.Exceptions, decisions);
    }

    /// <param name="exceptions">The night's exceptions: their ids and categories.</param>
    private static NightFigures Of(IReadOnlyList<Application> applications, decimal rate, IEnumerable<(string Id, string Category)> exceptions, IReadOnlyList<ReviewDecision> decisions)
    {
        var list = exceptions.ToList();
        return new(
            applications.Count,
            rate,
            list.GroupBy(e => e.Category).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ReviewerAgreement.Check(decisions, applications, list.Select(e => e.Id).ToHashSet(StringComparer.Ordinal)));
    }
}
