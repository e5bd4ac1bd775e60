using System.Globalization;
using System.Xml.Linq;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Html;

/// <summary>The figures summary.html shows, as rows of text, and its charts.</summary>
public static class SummaryNumbers
{
    private static readonly string[] BucketColors = ["#70AD47", "#FFC000", "#ED7D31", "#E15759", "#A5282C", "#7B1E22", "#4A1215"];

    public static IEnumerable<IReadOnlyList<string>> Counts(NightResult night)
    {
        yield return ["bank credits considered", Int(night.Cash.Count)];
        yield return ["open items", Int(night.OpenItems.Count(i => i.OpenAmount != 0m))];
        yield return ["applications", Int(night.Matching.Applications.Count)];
        yield return ["settlements", Int(night.Matching.Settlements.Count)];
        yield return ["exceptions", Int(night.Exceptions.Count)];
    }

    public static IEnumerable<IReadOnlyList<string>> Totals(NightResult night) =>
        Currencies(night).Select(t => (IReadOnlyList<string>)[t.Currency, Money.Format(t.Cash), Money.Format(t.Applied), Money.Format(t.Unapplied), Money.Format(t.Open)]);

    public static IEnumerable<IReadOnlyList<string>> ExceptionsByCategory(NightResult night) =>
        night.Exceptions.GroupBy(e => e.Discrepancy.Category)
            .OrderBy(g => Order(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, Int(g.Count()),
                Int(g.Count(e => e.Discrepancy.Severity == Severity.Error)), Int(g.Count(e => e.Discrepancy.Severity == Severity.Warning))]);

    /// <summary>Per currency: the open balance per aging bucket, and the money matched against what is left unmatched.</summary>
    public static IEnumerable<XElement> Charts(NightResult night, AgingBuckets buckets)
    {
        var aging = AgingCalculator.Age(night.OpenItems, night.OpenAfter(), night.AsOf, buckets);
        foreach (var t in Currencies(night))
        {
            var rows = aging.Where(r => r.Currency == t.Currency).ToList();
            yield return SvgBarChart.Build($"Open receivables by age ({t.Currency})",
                buckets.Names.Select((name, i) => (name, rows.Sum(r => r.Buckets[i]), BucketColors[Math.Min(i, BucketColors.Length - 1)])).ToList());
            yield return SvgBarChart.Build($"Money matched and unmatched ({t.Currency})",
                [("matched", t.Cash - t.Unapplied, "#4472C4"), ("unmatched", t.Unapplied, "#C00000")]);
        }
    }

    private sealed record CurrencyTotals(string Currency, decimal Cash, decimal Applied, decimal Unapplied, decimal Open);

    private static IEnumerable<CurrencyTotals> Currencies(NightResult night)
    {
        var openAfter = night.OpenAfter();
        foreach (var currency in night.Cash.Select(c => c.Transaction.Currency).Concat(night.OpenItems.Select(i => i.Currency)).Distinct().Order(StringComparer.Ordinal))
        {
            var cash = night.Cash.Where(c => c.Transaction.Currency == currency).ToList();
            yield return new CurrencyTotals(currency,
                cash.Sum(c => c.Remaining),
                night.Matching.Applications.Where(a => a.Currency == currency && a.SourceKind != SourceKind.Adjustment).Sum(a => a.AppliedAmount),
                cash.Sum(c => night.Matching.UnappliedBySource.GetValueOrDefault(c.Transaction.Id, c.Remaining)),
                night.OpenItems.Where(i => i.Currency == currency).Sum(i => openAfter.GetValueOrDefault(i.InvoiceNumber, i.OpenAmount)));
        }
    }

    private static int Order(string category)
    {
        var index = DiscrepancyCategory.All.ToList().IndexOf(category);
        return index < 0 ? int.MaxValue : index;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
