using Reconciler.Reports.Xlsx;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Aging;

/// <summary>The Detail sheet of aging.xlsx: one row per open invoice, oldest due date first within a customer.</summary>
public static class AgingDetailSheet
{
    private static readonly string[] Columns =
        ["invoice_number", "customer_id", "customer_name", "currency", "due_date", "days_past_due", "bucket", "open_amount"];

    /// <summary>Customer, then due date, then invoice number: the order of the sheet.</summary>
    private static readonly Comparer<OpenItem> Order = Comparer<OpenItem>.Create((a, b) =>
    {
        var byCustomer = string.CompareOrdinal(a.CustomerId, b.CustomerId);
        if (byCustomer != 0) return byCustomer;
        var byDue = a.DueDate.CompareTo(b.DueDate);
        return byDue != 0 ? byDue : string.CompareOrdinal(a.InvoiceNumber, b.InvoiceNumber);
    });

    public static async Task WriteAsync(XlsxWorkbook workbook, NightResult night, IReadOnlyDictionary<string, decimal> openAfter, AgingBuckets buckets, int maxRows)
    {
        var (first, open) = First(night.OpenItems, openAfter, maxRows);
        var sheet = await workbook.AddSheetAsync(AgingXlsx.DetailSheet, 1,
            [new(16), new(14), new(34), new(9), new(11, XlsxFormat.Date), new(13), new(11), new(14, XlsxFormat.Amount)],
            filter: first.Count > 0 ? XlsxSheet.Range(1, 1, first.Count + 1, Columns.Length) : null);
        await sheet.HeaderAsync(1, Columns, XlsxFormat.Header);
        var row = 1;
        foreach (var item in first)
        {
            await sheet.RowAsync(++row);
            sheet.Text(1, item.InvoiceNumber);
            sheet.Text(2, item.CustomerId);
            sheet.Text(3, item.CustomerName);
            sheet.Code(4, item.Currency);
            sheet.Date(5, item.DueDate);
            sheet.Number(6, Math.Max(0, night.AsOf.DayNumber - item.DueDate.DayNumber));
            sheet.Code(7, buckets.Names[buckets.IndexFor(item.DueDate, night.AsOf)]);
            sheet.Amount(8, openAfter.TryGetValue(item.InvoiceNumber, out var left) ? left : item.OpenAmount);
        }
        if (open > maxRows)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {open:N0} open invoices are shown here; aging.csv has the totals of all.", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
    }

    /// <summary>
    /// The first <paramref name="maxRows"/> open invoices in the sheet's order, and how many are open in all. Only those
    /// shown are sorted: the others are weeded out against the last one kept (a bounded heap), not sorted with them.
    /// </summary>
    private static (List<OpenItem> First, int Open) First(IReadOnlyList<OpenItem> items, IReadOnlyDictionary<string, decimal> openAfter, int maxRows)
    {
        // The heap's top is the greatest kept item, the one to drop when a smaller one comes.
        var kept = new PriorityQueue<OpenItem, OpenItem>(Comparer<OpenItem>.Create((a, b) => Order.Compare(b, a)));
        var open = 0;
        foreach (var item in items)
        {
            var amount = openAfter.TryGetValue(item.InvoiceNumber, out var left) ? left : item.OpenAmount;
            if (amount == 0m) continue;
            open++;
            if (maxRows <= 0) continue;
            if (kept.Count < maxRows) kept.Enqueue(item, item);
            else if (Order.Compare(item, kept.Peek()) < 0) kept.EnqueueDequeue(item, item);
        }
        var first = new List<OpenItem>(kept.Count);
        while (kept.TryDequeue(out var item, out _)) first.Add(item);
        first.Reverse();
        return (first, open);
    }
}
