using Reconciler.Rules.Aging;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.MonthEnd;

/// <summary>One figure of the month-end summary.</summary>
public sealed record MonthEndFigure(string Metric, string Currency, decimal Value);

/// <summary>
/// The month in numbers, from the nights the store kept: cash received (bank credits first read in the
/// month), applied, unapplied at month end, written off (by reason), refunded, denials and appeals open,
/// days sales outstanding, and aging at the start and at the end of the month.
/// </summary>
public static class MonthEndSummary
{
    private static readonly HashSet<string> WriteOffRules = ["write_off", "tolerance_writeoff", "card_fee"];

    public static IReadOnlyList<MonthEndFigure> Build(
        DateOnly monthStart, IReadOnlyList<NightResult> nights, NightResult? atStart, NightResult? atEnd, IReadOnlyList<ReviewDecision> decisions)
    {
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var figures = new List<MonthEndFigure>();
        void Sum(string metric, IEnumerable<(string Currency, decimal Amount)> values)
        {
            foreach (var group in values.GroupBy(v => v.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
                figures.Add(new MonthEndFigure(metric, group.Key, group.Sum(v => v.Amount)));
        }

        var applications = nights.SelectMany(n => n.Matching.Applications).ToList();
        Sum("cash_received", nights.SelectMany(n => n.Cash.Where(c => c.IngestedAsOf == n.AsOf).Select(c => (c.Currency, c.Amount))));
        Sum("cash_applied", applications.Where(a => a.SourceKind != SourceKind.Adjustment).Select(a => (a.Currency, a.AppliedAmount)));
        Sum("written_off", applications.Where(a => WriteOffRules.Contains(a.Rule)).Select(a => (a.Currency, a.AppliedAmount)));
        Sum("contractual_adjustments", applications.Where(a => a.Rule == "contractual_adjustment").Select(a => (a.Currency, a.AppliedAmount)));
        var exceptionAmounts = nights.SelectMany(n => n.Exceptions).GroupBy(e => e.Discrepancy.Id)
            .ToDictionary(g => g.Key, g => g.First().Discrepancy, StringComparer.Ordinal);
        Sum("refunded", decisions.Where(d => d.Action == "refund" && exceptionAmounts.ContainsKey(d.ExceptionId))
            .Select(d => (exceptionAmounts[d.ExceptionId].Currency, exceptionAmounts[d.ExceptionId].Amount ?? 0m)));
        if (atEnd is not null)
        {
            Sum("unapplied_at_month_end", atEnd.Cash.Select(c => (c.Currency, atEnd.Matching.UnappliedBySource.GetValueOrDefault(c.Id, c.Remaining)))
                .Where(c => c.Item2 > 0m));
            // Still being worked: a won or written-off denial is on the last night's list only to be reported.
            var denials = atEnd.Exceptions.Where(e => e.Discrepancy.Category == DiscrepancyCategory.ClaimDenied
                && Appeals.StatusOf(e.Discrepancy.Description) is not (Appeals.Won or Appeals.WrittenOff)).ToList();
            Sum("denials_open", denials.Select(e => (e.Discrepancy.Currency, e.Discrepancy.ExpectedAmount ?? 0m)));
            figures.Add(new MonthEndFigure("denials_open_count", "", denials.Count));
            var open = atEnd.OpenAfter();
            foreach (var group in atEnd.OpenItems.GroupBy(i => i.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var receivable = group.Sum(i => open[i.InvoiceNumber]);
                var sales = group.Where(i => i.IssueDate >= monthStart && i.IssueDate <= monthEnd).Sum(i => i.Amount);
                figures.Add(new MonthEndFigure("receivables_at_month_end", group.Key, receivable));
                if (sales > 0m) figures.Add(new MonthEndFigure("days_sales_outstanding", group.Key, Math.Round(receivable / sales * monthEnd.Day, 1)));
            }
        }
        figures.Add(new MonthEndFigure("appeals_recorded", "", decisions.Count(d => d.Action == "appeal")));
        AppealFigures(nights, atEnd, figures);
        return figures;
    }

    /// <summary>
    /// Appeals still open at month end, appeals the payers answered in the month (won, lost: each counted once, on the night
    /// the answer came), the money the won ones recovered, and the denials written off in the month with their balances.
    /// </summary>
    private static void AppealFigures(IReadOnlyList<NightResult> nights, NightResult? atEnd, List<MonthEndFigure> figures)
    {
        var answered = nights.SelectMany(n => n.Exceptions).Select(e => e.Discrepancy)
            .Where(d => d.Category == DiscrepancyCategory.ClaimDenied && Appeals.StatusOf(d.Description) is Appeals.Won or Appeals.Lost)
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var open = atEnd?.Exceptions.Count(e => e.Discrepancy.Category == DiscrepancyCategory.ClaimDenied && Appeals.StatusOf(e.Discrepancy.Description) == Appeals.Appealed) ?? 0;
        figures.Add(new MonthEndFigure("appeals_open_count", "", open));
        figures.Add(new MonthEndFigure("appeals_won_count", "", answered.Count(d => Appeals.StatusOf(d.Description) == Appeals.Won)));
        figures.Add(new MonthEndFigure("appeals_lost_count", "", answered.Count(d => Appeals.StatusOf(d.Description) == Appeals.Lost)));
        foreach (var group in answered.Where(d => Appeals.StatusOf(d.Description) == Appeals.Won).GroupBy(d => d.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
            figures.Add(new MonthEndFigure("appeals_recovered", group.Key, group.Sum(d => Appeals.Recovered(d.Description))));
        // Each written-off denial once, on the night its write-off was posted (it is resolved the next).
        var writtenOff = nights.SelectMany(n => n.Exceptions).Select(e => e.Discrepancy)
            .Where(d => d.Category == DiscrepancyCategory.ClaimDenied && Appeals.StatusOf(d.Description) == Appeals.WrittenOff)
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        figures.Add(new MonthEndFigure("denials_written_off_count", "", writtenOff.Count));
        foreach (var group in writtenOff.GroupBy(d => d.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
            figures.Add(new MonthEndFigure("denials_written_off", group.Key, group.Sum(d => Appeals.WrittenOffAmount(d.Description))));
    }

    /// <summary>Aging rows of a night's open balances, seen on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<AgingRow> Aging(NightResult? night, DateOnly asOf, AgingBuckets buckets) =>
        night is null ? [] : AgingCalculator.Age(night.OpenItems, night.OpenAfter(), asOf, buckets);
}
