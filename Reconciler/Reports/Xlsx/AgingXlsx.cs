using ClosedXML.Excel;
using Reconciler.Configuration;
using Reconciler.Reports.Shared;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

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

    public void Write(NightResult night, string path)
    {
        var facts = NightFacts.Of(night);
        var openAfter = facts.OpenAfter;
        using var workbook = new XLWorkbook();
        WriteByCustomer(workbook.Worksheets.Add(ByCustomerSheet), night, facts.Aging(_buckets));
        AgingDetailSheet.Write(workbook.Worksheets.Add(DetailSheet), night, openAfter, _buckets, maxDetailRows);
        workbook.SaveAs(path);
    }

    private void WriteByCustomer(IXLWorksheet sheet, NightResult night, IReadOnlyList<AgingRow> rows)
    {
        string[] columns = ["as_of", "customer_id", "customer_name", "currency", .. _buckets.Names, "total"];
        XlsxCells.Header(sheet, columns);
        var row = 1;
        foreach (var aging in rows.Take(maxDetailRows))
        {
            row++;
            sheet.Cell(row, 1).Date(night.AsOf);
            sheet.Cell(row, 2).Text(aging.CustomerId);
            sheet.Cell(row, 3).Text(aging.CustomerName);
            sheet.Cell(row, 4).Code(aging.Currency);
            for (var b = 0; b < aging.Buckets.Count; b++) sheet.Cell(row, 5 + b).Amount(aging.Buckets[b]);
            sheet.Cell(row, 5 + aging.Buckets.Count).Amount(aging.Total);
        }
        foreach (var currency in rows.GroupBy(r => r.Currency).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            row++;
            sheet.Cell(row, 2).Code("total");
            sheet.Cell(row, 4).Code(currency.Key);
            for (var b = 0; b < _buckets.Names.Count; b++) sheet.Cell(row, 5 + b).Amount(currency.Sum(r => r.Buckets[b]));
            sheet.Cell(row, 5 + _buckets.Names.Count).Amount(currency.Sum(r => r.Total));
            var totals = sheet.Range(row, 1, row, columns.Length).Style;
            totals.Font.Bold = true;
            totals.Border.TopBorder = XLBorderStyleValues.Thin;
        }
        if (rows.Count == 0) sheet.Cell(2, 2).Code("Nothing is open.");

        XlsxCells.Widths(sheet, [11, 14, 34, 9, .. Enumerable.Repeat(13.0, _buckets.Names.Count + 1)]);
        XlsxCells.DateColumns(sheet, 1);
        XlsxCells.AmountColumns(sheet, [.. Enumerable.Range(5, _buckets.Names.Count + 1)]);
        if (row > 1) sheet.Range(1, 1, row, columns.Length).SetAutoFilter();
        if (rows.Count > maxDetailRows)
        {
            // The per-currency totals above still add up every row; only the listing is cut.
            var note = sheet.Cell(row + 2, 1).Code($"Only the first {maxDetailRows:N0} of {rows.Count:N0} customer rows are shown here; aging.csv has them all.");
            note.Style.Font.Italic = true;
        }
    }
}
