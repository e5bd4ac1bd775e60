using System.Globalization;
using Reconciler.Reports.Cells;
using Reconciler.Rules.Aging;

namespace Reconciler.Reports.MonthEnd;

/// <summary>month-end-yyyy-MM.csv: the figures, then the aging at the start and at the end of the month.</summary>
public static class MonthEndReport
{
    public static void Write(string path, IReadOnlyList<MonthEndFigure> figures, IReadOnlyList<AgingRow> start, IReadOnlyList<AgingRow> end, AgingBuckets buckets)
    {
        using (var csv = ReportCsv.Create(path, "metric", "currency", "value"))
        {
            foreach (var figure in figures)
            {
                csv.Code(figure.Metric).Code(figure.Currency);
                if (figure.Currency.Length == 0 || figure.Metric == "days_sales_outstanding") csv.Number(figure.Value); else csv.Amount(figure.Value);
                csv.EndRow();
            }
        }
        WriteAging(Path.ChangeExtension(path, null) + "-aging.csv", [("start", start), ("end", end)], buckets);
    }

    private static void WriteAging(string path, IEnumerable<(string When, IReadOnlyList<AgingRow> Rows)> sets, AgingBuckets buckets)
    {
        using var csv = ReportCsv.Create(path, ["when", "customer_id", "customer_name", "currency", .. buckets.Names, "total"]);
        foreach (var (when, rows) in sets)
        {
            foreach (var row in rows)
            {
                csv.Code(when).Text(row.CustomerId).Text(row.CustomerName).Code(row.Currency);
                foreach (var amount in row.Buckets) csv.Amount(amount);
                csv.Amount(row.Total).EndRow();
            }
        }
    }

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
