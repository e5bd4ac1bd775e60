using Reconciler.Reports.Cells;
using Reconciler.Reports.Facts;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports.Aging;

/// <summary>
/// aging.csv: open balances after the night, by customer and currency, in days-past-due buckets; then (appended, so
/// the older columns keep their places) the customer's unapplied credit, the net balance and who is responsible.
/// </summary>
public sealed class AgingCsv(AgingBuckets? buckets = null) : IReportWriter
{
    private readonly AgingBuckets _buckets = buckets ?? AgingBuckets.Default;

    public string FileName => "aging.csv";

    public void Write(NightResult night, string path)
    {
        var rows = NightFacts.Of(night).Aging(_buckets);
        using var csv = ReportCsv.Create(path, ["as_of", "customer_id", "customer_name", "currency", .. _buckets.Names, "total", "unapplied_credit", "net_balance", "responsible"]);
        foreach (var row in rows)
        {
            csv.Date(night.AsOf).Text(row.CustomerId).Text(row.CustomerName).Code(row.Currency);
            foreach (var amount in row.Buckets) csv.Amount(amount);
            csv.Amount(row.Total).Amount(row.UnappliedCredit).Amount(row.NetBalance).Code(row.Responsible).EndRow();
        }
    }
}
