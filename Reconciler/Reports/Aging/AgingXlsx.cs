using Reconciler.Configuration;
using Reconciler.Reports.Facts;
using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports.Aging;

/// <summary>
/// aging.xlsx: open balances after the night by customer (or payer) and currency in the configured buckets,
/// with a totals row per currency, and a Detail sheet with one row per open invoice (capped, see aging.csv).
/// </summary>
public sealed class AgingXlsx(AgingBuckets? buckets = null, int maxDetailRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string ByCustomerSheet = "By customer";
    public const string DetailSheet = "Detail";

    private readonly AgingBuckets _buckets = buckets ?? AgingBuckets.Default;

    public string FileName => "aging.xlsx";

    public void Write(NightResult night, string path) => WriteAsync(night, path).GetAwaiter().GetResult();

    public async Task WriteAsync(NightResult night, string path)
    {
        var facts = NightFacts.Of(night);
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        await WriteByCustomerAsync(workbook, night, facts.Aging(_buckets));
        await AgingDetailSheet.WriteAsync(workbook, night, facts.OpenAfter, _buckets, maxDetailRows);
        await workbook.FinishAsync();
    }

    private async Task WriteByCustomerAsync(XlsxWorkbook workbook, NightResult night, IReadOnlyList<AgingRow> rows)
    {
        string[] columns = ["as_of", "customer_id", "customer_name", "currency", .. _buckets.Names, "total", "unapplied_credit", "net_balance", "responsible"];
        // The buckets, total, unapplied credit and net balance; then the responsible party (text).
        var amounts = _buckets.Names.Count + 3;
        // The filter covers the customer rows shown and a totals row per currency, known before the first row is written.
        var last = 1 + Math.Min(rows.Count, maxDetailRows) + rows.Select(r => r.Currency).Distinct(StringComparer.Ordinal).Count();
        var sheet = await workbook.AddSheetAsync(ByCustomerSheet, 1,
            [new(11, XlsxFormat.Date), new(14), new(34), new(9), .. Enumerable.Repeat(new XlsxColumn(13, XlsxFormat.Amount), amounts), new(12)],
            filter: last > 1 ? XlsxSheet.Range(1, 1, last, columns.Length) : null);
        await sheet.HeaderAsync(1, columns, XlsxFormat.Header);
        var row = 1;
        // The per-currency totals add up every row; only the listing is cut.
        var totals = new SortedDictionary<string, decimal[]>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var aging = rows[i];
            if (!totals.TryGetValue(aging.Currency, out var sum)) totals[aging.Currency] = sum = new decimal[amounts];
            for (var b = 0; b < aging.Buckets.Count; b++) sum[b] += aging.Buckets[b];
            sum[^3] += aging.Total;
            sum[^2] += aging.UnappliedCredit;
            sum[^1] += aging.NetBalance;
            if (i >= maxDetailRows) continue;
            await sheet.RowAsync(++row);
            sheet.Date(1, night.AsOf);
            sheet.Text(2, aging.CustomerId);
            sheet.Text(3, aging.CustomerName);
            sheet.Code(4, aging.Currency);
            for (var b = 0; b < aging.Buckets.Count; b++) sheet.Amount(5 + b, aging.Buckets[b]);
            sheet.Amount(5 + aging.Buckets.Count, aging.Total);
            sheet.Amount(6 + aging.Buckets.Count, aging.UnappliedCredit);
            sheet.Amount(7 + aging.Buckets.Count, aging.NetBalance);
            sheet.Code(8 + aging.Buckets.Count, aging.Responsible);
        }
        var total = XlsxFormat.Total;
        var totalAmount = XlsxFormat.Total with { Number = XlsxNumber.Amount };
        foreach (var (currency, sum) in totals)
        {
            await sheet.RowAsync(++row);
            sheet.Date(1, null, XlsxFormat.Total with { Number = XlsxNumber.Date });
            sheet.Code(2, "total", total);
            sheet.Code(3, null, total);
            sheet.Code(4, currency, total);
            for (var b = 0; b < amounts; b++) sheet.Amount(5 + b, sum[b], totalAmount);
        }
        if (rows.Count == 0)
        {
            await sheet.RowAsync(2);
            sheet.Code(2, "Nothing is open.");
        }
        if (rows.Count > maxDetailRows)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {maxDetailRows:N0} of {rows.Count:N0} customer rows are shown here; aging.csv has them all.", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
    }
}
