using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Facts;

/// <summary>One currency's money in the night: considered, applied (with and without adjustments), left unapplied, still open.</summary>
public sealed class CurrencyTotals(string currency)
{
    public string Currency { get; } = currency;
    public decimal Cash { get; internal set; }
    public decimal Applied { get; internal set; }
    public decimal AppliedCash { get; internal set; }
    public decimal Unapplied { get; internal set; }
    public decimal Open { get; internal set; }
}

/// <summary>The figures summary.json and summary.html share, summed in one pass over each list (not once per currency).</summary>
public sealed class NightTotals
{
    public NightTotals(NightResult night, IReadOnlyDictionary<string, decimal> openAfter)
    {
        var byCurrency = new Dictionary<string, CurrencyTotals>(StringComparer.Ordinal);
        CurrencyTotals For(string currency)
        {
            if (!byCurrency.TryGetValue(currency, out var totals)) byCurrency[currency] = totals = new CurrencyTotals(currency);
            return totals;
        }

        foreach (var cash in night.Cash)
        {
            var totals = For(cash.Currency);
            totals.Cash += cash.Remaining;
            totals.Unapplied += night.Matching.UnappliedBySource.GetValueOrDefault(cash.Id, cash.Remaining);
        }
        foreach (var item in night.OpenItems)
        {
            For(item.Currency).Open += openAfter.GetValueOrDefault(item.InvoiceNumber, item.OpenAmount);
        }
        OpenItems = OpenItemsOf(night);
        foreach (var application in night.Matching.Applications)
        {
            // An application in a currency no cash or open item has is not listed (as before: currencies come from those two).
            if (!byCurrency.TryGetValue(application.Currency, out var totals)) continue;
            totals.Applied += application.AppliedAmount;
            if (application.SourceKind != SourceKind.Adjustment) totals.AppliedCash += application.AppliedAmount;
        }
        Currencies = [.. byCurrency.Values.OrderBy(t => t.Currency, StringComparer.Ordinal)];
        AutoMatchRate = AutoMatchRateOf(night);
    }

    /// <summary>Every currency of the night's cash or open items, in ordinal order.</summary>
    public IReadOnlyList<CurrencyTotals> Currencies { get; }

    /// <summary>Open items that owed something at the start of the night.</summary>
    public int OpenItems { get; }

    /// <summary>
    /// <see cref="OpenItems"/> counted on its own: the run's commit records the night's counts, and needs none of the
    /// other totals (whose lookups cost a pass over every cash line, item and application).
    /// </summary>
    public static int OpenItemsOf(NightResult night)
    {
        var open = 0;
        foreach (var item in night.OpenItems) if (item.OpenAmount != 0m) open++;
        return open;
    }

    /// <summary>The share of the cash considered that rules explained on their own (by count), 0 to 1, to 4 places.</summary>
    public decimal AutoMatchRate { get; }

    /// <summary>
    /// <see cref="AutoMatchRate"/> worked out on its own: the console and the backtest need only it, not the other totals
    /// (which need what every open item owes after the night).
    /// </summary>
    public static decimal AutoMatchRateOf(NightResult night)
    {
        var explained = 0;
        foreach (var cash in night.Cash)
            if (night.Matching.UnappliedBySource.GetValueOrDefault(cash.Id, cash.Remaining) == 0m) explained++;
        return night.Cash.Count == 0 ? 0m : Math.Round((decimal)explained / night.Cash.Count, 4);
    }
}
