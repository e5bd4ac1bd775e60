using ClosedXML.Excel;
using Reconciler.Rules.Aging;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

/// <summary>The Detail sheet of aging.xlsx: one row per open invoice, oldest due date first within a customer.</summary>
public static class AgingDetailSheet
{
    private static readonly string[] Columns =
        ["invoice_number", "customer_id", "customer_name", "currency", "due_date", "days_past_due", "bucket", "open_amount"];

    public static void Write(IXLWorksheet sheet, NightResult night, IReadOnlyDictionary<string, decimal> openAfter, AgingBuckets buckets, int maxRows)
    {
        var open = night.OpenItems
            .Select(i => (Item: i, Open: openAfter.TryGetValue(i.InvoiceNumber, out var left) ? left : i.OpenAmount))
            .Where(x => x.Open != 0m)
            .OrderBy(x => x.Item.CustomerId, StringComparer.Ordinal).ThenBy(x => x.Item.DueDate).ThenBy(x => x.Item.InvoiceNumber, StringComparer.Ordinal)
            .ToList();
        XlsxCells.Header(sheet, Columns);
        var row = 1;
        foreach (var (item, amount) in open.Take(maxRows))
        {
            row++;
            sheet.Cell(row, 1).Text(item.InvoiceNumber);
            sheet.Cell(row, 2).Text(item.CustomerId);
            sheet.Cell(row, 3).Text(item.CustomerName);
            sheet.Cell(row, 4).Code(item.Currency);
            sheet.Cell(row, 5).Date(item.DueDate);
            sheet.Cell(row, 6).Number(Math.Max(0, night.AsOf.DayNumber - item.DueDate.DayNumber));
            sheet.Cell(row, 7).Code(buckets.Names[buckets.IndexFor(item.DueDate, night.AsOf)]);
            sheet.Cell(row, 8).Amount(amount);
        }
        XlsxCells.Widths(sheet, 16, 14, 34, 9, 11, 13, 11, 14);
        XlsxCells.DateColumns(sheet, 5);
        XlsxCells.AmountColumns(sheet, 8);
        if (row > 1) sheet.Range(1, 1, row, Columns.Length).SetAutoFilter();
        if (open.Count > maxRows)
        {
            var note = sheet.Cell(row + 2, 1).Code($"Only the first {maxRows:N0} of {open.Count:N0} open invoices are shown here; aging.csv has the totals of all.");
            note.Style.Font.Italic = true;
        }
    }
}
