using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Runs;

namespace Reconciler.Reports.Payers;

/// <summary>
/// The payer scorecard of a set of stored nights (a month): per payer (the claim's customer id), the claims paid and denied,
/// the denial rate (denied / (paid + denied)), the amounts billed (the claims' original amounts), paid (claim postings,
/// reversals included) and adjusted (the adjustments posted with them), and the days from issue to payment (mean and the
/// 90th percentile, nearest rank). All in decimal.
/// </summary>
public static class PayerScorecard
{
    public static IReadOnlyList<PayerScore> Build(IEnumerable<NightResult> nights)
    {
        var payers = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var night in nights.OrderBy(n => n.AsOf))
        {
            var items = new Dictionary<string, OpenItem>(StringComparer.Ordinal);
            foreach (var item in night.OpenItems) items.TryAdd(item.InvoiceNumber, item);
            var claimSources = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in night.Matching.Applications.Where(a => a.SourceKind == SourceKind.ClaimPayment))
            {
                claimSources.Add(a.SourceId);
                var tally = Of(payers, a.CustomerId, items.GetValueOrDefault(a.InvoiceNumber), a.Currency);
                tally.Paid += a.AppliedAmount;
                if (a.AppliedAmount > 0m && tally.PaidClaims.Add(a.InvoiceNumber) && items.GetValueOrDefault(a.InvoiceNumber) is { } paidItem)
                {
                    tally.Days.Add(night.AsOf.DayNumber - paidItem.IssueDate.DayNumber);
                }
            }
            foreach (var a in night.Matching.Applications.Where(a => a.SourceKind == "adjustment" && claimSources.Contains(a.SourceId)
                && !ResponsibilityTransfer.Rules.Contains(a.Rule))) // moving PR to the patient is not the payer adjusting
            {
                Of(payers, a.CustomerId, items.GetValueOrDefault(a.InvoiceNumber), a.Currency).Adjusted += a.AppliedAmount;
            }
            foreach (var (d, _) in night.Exceptions.Where(e => e.Discrepancy.Category == DiscrepancyCategory.ClaimDenied && e.Discrepancy.CustomerId is not null))
            {
                var tally = Of(payers, d.CustomerId!, d.InvoiceNumber is null ? null : items.GetValueOrDefault(d.InvoiceNumber), d.Currency);
                if (d.InvoiceNumber is not null) tally.DeniedClaims.Add(d.InvoiceNumber);
            }
        }
        return payers.Select(p => p.Value.Score(p.Key)).ToList();
    }

    private static Tally Of(SortedDictionary<string, Tally> payers, string payerId, OpenItem? item, string currency)
    {
        if (!payers.TryGetValue(payerId, out var tally)) payers[payerId] = tally = new Tally(currency);
        if (item is not null)
        {
            tally.Name ??= item.CustomerName;
            tally.Billed.TryAdd(item.InvoiceNumber, item.Amount);
        }
        return tally;
    }

    private sealed class Tally(string currency)
    {
        public string? Name { get; set; }
        public HashSet<string> PaidClaims { get; } = new(StringComparer.Ordinal);
        public HashSet<string> DeniedClaims { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, decimal> Billed { get; } = new(StringComparer.Ordinal);
        public decimal Paid { get; set; }
        public decimal Adjusted { get; set; }
        public List<int> Days { get; } = [];

        public PayerScore Score(string payerId)
        {
            var decided = PaidClaims.Count + DeniedClaims.Count;
            var rate = decided == 0 ? 0m : Math.Round((decimal)DeniedClaims.Count / decided, 4, MidpointRounding.AwayFromZero);
            decimal? average = Days.Count == 0 ? null : Math.Round((decimal)Days.Sum() / Days.Count, 1, MidpointRounding.AwayFromZero);
            return new PayerScore(payerId, Name ?? "", PaidClaims.Count, DeniedClaims.Count, rate, Billed.Values.Sum(), Paid, Adjusted,
                average, Percentile90(Days), currency);
        }

        /// <summary>The nearest-rank 90th percentile: the smallest value with at least 90 % of the values at or below it.</summary>
        private static int? Percentile90(List<int> days)
        {
            if (days.Count == 0) return null;
            var sorted = days.Order().ToList();
            var rank = (int)Math.Ceiling(0.9m * sorted.Count);
            return sorted[Math.Max(rank, 1) - 1];
        }
    }
}
