using Reconciler.Reports.Xlsx;

namespace Reconciler.Reports.Statements;

/// <summary>The same statement as a workbook: open items, payments and aging, with real numbers and dates.</summary>
public static class StatementXlsx
{
    private static readonly XlsxFormat Bold = new(XlsxFont.Bold);

    public static void Write(CustomerStatement s, string path) => WriteAsync(s, path).GetAwaiter().GetResult();

    public static async Task WriteAsync(CustomerStatement s, string path)
    {
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        // Explicit widths: measuring text needs fonts a server may not have.
        var sheet = await workbook.AddSheetAsync("Statement", 0, [.. Enumerable.Repeat(new XlsxColumn(18), 6)]);
        await sheet.RowAsync(1);
        sheet.Code(1, "Statement for");
        sheet.Text(2, $"{s.CustomerName} ({s.CustomerId})");
        await sheet.RowAsync(2);
        sheet.Code(1, "As of");
        sheet.Date(2, s.AsOf, XlsxFormat.Date);
        await sheet.RowAsync(3);
        sheet.Code(1, "Amount due");
        sheet.Amount(2, s.AmountDue, XlsxFormat.Amount);
        sheet.Code(3, s.Currency);

        var row = 5;
        await sheet.HeaderAsync(row++, ["invoice", "issued", "due", "amount", "open", "days past due"], Bold);
        foreach (var line in s.OpenItems)
        {
            await sheet.RowAsync(row++);
            sheet.Text(1, line.InvoiceNumber);
            sheet.Date(2, line.IssueDate, XlsxFormat.Date);
            sheet.Date(3, line.DueDate, XlsxFormat.Date);
            sheet.Amount(4, line.Amount, XlsxFormat.Amount);
            sheet.Amount(5, line.Open, XlsxFormat.Amount);
            sheet.Number(6, line.DaysPastDue);
        }
        await sheet.HeaderAsync(++row, ["payment date", "invoice", "amount", "reference"], Bold);
        row++;
        foreach (var payment in s.Payments)
        {
            await sheet.RowAsync(row++);
            sheet.Date(1, payment.Date, XlsxFormat.Date);
            sheet.Text(2, payment.InvoiceNumber);
            sheet.Amount(3, payment.Amount, XlsxFormat.Amount);
            sheet.Text(4, payment.Reference);
        }
        await sheet.HeaderAsync(++row, [.. s.BucketNames], Bold);
        await sheet.RowAsync(++row);
        for (var i = 0; i < s.Aging.Count; i++) sheet.Amount(i + 1, s.Aging[i], XlsxFormat.Amount);
        await sheet.FinishAsync();
        await workbook.FinishAsync();
    }
}
