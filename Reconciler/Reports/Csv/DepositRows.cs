using Reconciler.Runs;

namespace Reconciler.Reports.Csv;

/// <summary>The rows of the deposits report, shared by deposits.csv and deposits.xlsx so both always agree.</summary>
public static class DepositRows
{
    public static readonly string[] Header =
        ["bank_account", "booking_date", "bank_line_id", "amount", "currency", "description", "kind", "status", "matched_to", "items", "difference"];

    /// <summary>Every bank credit first read this night, by booking date then line id. Account numbers are masked.</summary>
    public static IEnumerable<DepositRow> For(NightResult night)
    {
        var applied = night.Matching.Applications.Where(a => a.SourceKind != Rules.Model.SourceKind.Adjustment).ToLookup(a => a.SourceId);
        var settled = night.Matching.Settlements.ToLookup(s => s.BankLineId);
        var batches = night.Batches.ToDictionary(b => b.Key, b => b.Batch, StringComparer.Ordinal);
        foreach (var cash in night.Cash.Where(c => c.IngestedAsOf == night.AsOf).OrderBy(c => c.Transaction.BookingDate).ThenBy(c => c.Transaction.Id, StringComparer.Ordinal))
        {
            var t = cash.Transaction;
            var settlement = settled[t.Id].FirstOrDefault();
            var applications = applied[t.Id].ToList();
            var remaining = night.Matching.UnappliedBySource.TryGetValue(t.Id, out var left) ? left : cash.Remaining;
            var kind = settlement is null ? (applications.Count > 0 ? "customer_payment" : "unidentified") : DepositKind(settlement.BatchKind);
            var difference = settlement?.Difference ?? remaining;
            var status = settlement is not null ? (difference == 0m ? "reconciled" : "partial")
                : remaining == 0m ? "reconciled" : remaining < cash.Remaining ? "partial" : "unreconciled";
            var matchedTo = settlement is not null ? settlement.BatchId : string.Join(' ', applications.Select(a => a.InvoiceNumber));
            var itemCount = settlement is not null && batches.TryGetValue(settlement.BatchKey, out var batch) ? batch.Items.Count : applications.Count;
            var description = string.Join(" ", new[] { t.Counterparty, t.Remittance }.Where(s => !string.IsNullOrWhiteSpace(s)));
            yield return new DepositRow(Masking.Account(t.Account), t.BookingDate, t.Id, t.Amount, t.Currency, description,
                kind, status, matchedTo, itemCount, difference);
        }
    }

    /// <summary>The contract's deposit kinds; a batch kind it does not name (an ACH batch) is "other".</summary>
    private static string DepositKind(string batchKind) =>
        batchKind is "stripe_payout" or "paypal_withdrawal" or "era_835" ? batchKind : "other";
}
