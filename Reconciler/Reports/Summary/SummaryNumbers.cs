using System.Globalization;
using System.Xml.Linq;
using Reconciler.Reports.Facts;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Summary;

/// <summary>The figures summary.html shows, as rows of text, and its charts.</summary>
public static class SummaryNumbers
{
    private static readonly string[] BucketColors = ["#70AD47", "#FFC000", "#ED7D31", "#E15759", "#A5282C", "#7B1E22", "#4A1215"];

    public static IEnumerable<IReadOnlyList<string>> Counts(NightResult night)
    {
        yield return ["bank credits considered", Int(night.Cash.Count)];
        yield return ["open items", Int(NightFacts.Of(night).Totals.OpenItems)];
        yield return ["applications", Int(night.Matching.Applications.Count)];
        yield return ["settlements", Int(night.Matching.Settlements.Count)];
        yield return ["exceptions", Int(night.Exceptions.Count)];
    }

    public static IEnumerable<IReadOnlyList<string>> Totals(NightResult night) =>
        NightFacts.Of(night).Totals.Currencies.Select(t => (IReadOnlyList<string>)[t.Currency, Money.Format(t.Cash), Money.Format(t.AppliedCash), Money.Format(t.Unapplied), Money.Format(t.Open)]);

    public static IEnumerable<IReadOnlyList<string>> ExceptionsByCategory(NightResult night) =>
        CategoryCounts.Of(night).Select(c => (IReadOnlyList<string>)[c.Category, Int(c.Count), Int(c.Errors), Int(c.Warnings)]);

    /// <summary>Per currency: the open balance per aging bucket, and the money matched against what is left unmatched.</summary>
    public static IEnumerable<XElement> Charts(NightResult night, AgingBuckets buckets)
    {
        var facts = NightFacts.Of(night);
        // The bucket sums per currency, in one pass over the aging rows (there is one row per customer and currency).
        var sums = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var row in facts.Aging(buckets))
        {
            if (!sums.TryGetValue(row.Currency, out var sum)) sums[row.Currency] = sum = new decimal[buckets.Names.Count];
            for (var i = 0; i < sum.Length; i++) sum[i] += row.Buckets[i];
        }
        foreach (var t in facts.Totals.Currencies)
        {
            var sum = sums.GetValueOrDefault(t.Currency) ?? new decimal[buckets.Names.Count];
            yield return SvgBarChart.Build($"Open receivables by age ({t.Currency})",
                buckets.Names.Select((name, i) => (name, sum[i], BucketColors[Math.Min(i, BucketColors.Length - 1)])).ToList());
            yield return SvgBarChart.Build($"Money matched and unmatched ({t.Currency})",
                [("matched", t.Cash - t.Unapplied, "#4472C4"), ("unmatched", t.Unapplied, "#C00000")]);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
