using Reconciler.Runs;

namespace Reconciler.Reports.Csv;

/// <summary>deposits.csv: every bank credit first read this night, what explained it, and what is left.</summary>
public sealed class DepositsCsv : IReportWriter
{
    public string FileName => "deposits.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, "bank_account", "booking_date", "bank_line_id", "amount", "currency", "description",
            "kind", "status", "matched_to", "items", "difference");
        var applied = night.Matching.Applications.Where(a => a.SourceKind != Rules.Model.SourceKind.Adjustment).ToLookup(a => a.SourceId);
        var settled = night.Matching.Settlements.ToLookup(s => s.BankLineId);
        var batches = night.Batches.ToDictionary(b => b.Key, b => b.Batch, StringComparer.Ordinal);
        foreach (var cash in night.Cash.Where(c => c.IngestedAsOf == night.AsOf).OrderBy(c => c.Transaction.BookingDate).ThenBy(c => c.Transaction.Id, StringComparer.Ordinal))
        {
            var t = cash.Transaction;
            var settlement = settled[t.Id].FirstOrDefault();
            var applications = applied[t.Id].ToList();
            var remaining = night.Matching.UnappliedBySource.TryGetValue(t.Id, out var left) ? left : cash.Remaining;
            var kind = settlement?.BatchKind ?? (applications.Count > 0 ? "customer_payment" : "unidentified");
            var difference = settlement?.Difference ?? remaining;
            var status = settlement is not null ? (difference == 0m ? "reconciled" : "partial")
                : remaining == 0m ? "reconciled" : remaining < cash.Remaining ? "partial" : "unreconciled";
            var matchedTo = settlement is not null ? settlement.BatchId : string.Join(' ', applications.Select(a => a.InvoiceNumber));
            var itemCount = settlement is not null && batches.TryGetValue(settlement.BatchKey, out var batch) ? batch.Items.Count : applications.Count;
            var description = string.Join(" ", new[] { t.Counterparty, t.Remittance }.Where(s => !string.IsNullOrWhiteSpace(s)));
            csv.Text(Masking.Account(t.Account)).Date(t.BookingDate).Code(t.Id).Amount(t.Amount).Code(t.Currency).Text(description)
                .Code(kind).Code(status).Text(matchedTo).Code(itemCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Amount(difference).EndRow();
        }
    }
}
