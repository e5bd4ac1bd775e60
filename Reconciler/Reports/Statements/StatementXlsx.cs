using ClosedXML.Excel;
using Reconciler.Reports.Xlsx;

namespace Reconciler.Reports.Statements;

/// <summary>The same statement as a workbook: open items, payments and aging, with real numbers and dates.</summary>
public static class StatementXlsx
{
    public static void Write(CustomerStatement s, string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Statement");
        sheet.Cell(1, 1).Code("Statement for").Worksheet.Cell(1, 2).Text($"{s.CustomerName} ({s.CustomerId})");
        sheet.Cell(2, 1).Code("As of"); sheet.Cell(2, 2).Date(s.AsOf).Style.NumberFormat.Format = XlsxCells.DateFormat;
        sheet.Cell(3, 1).Code("Amount due"); sheet.Cell(3, 2).Amount(s.AmountDue).Style.NumberFormat.Format = XlsxCells.AmountFormat;
        sheet.Cell(3, 3).Code(s.Currency);

        var row = 5;
        row = Header(sheet, row, "invoice", "issued", "due", "amount", "open", "days past due");
        foreach (var line in s.OpenItems)
        {
            sheet.Cell(row, 1).Text(line.InvoiceNumber);
            Day(sheet.Cell(row, 2).Date(line.IssueDate)); Day(sheet.Cell(row, 3).Date(line.DueDate));
            Money(sheet.Cell(row, 4).Amount(line.Amount)); Money(sheet.Cell(row, 5).Amount(line.Open)); sheet.Cell(row, 6).Number(line.DaysPastDue);
            row++;
        }
        row = Header(sheet, row + 1, "payment date", "invoice", "amount", "reference");
        foreach (var payment in s.Payments)
        {
            Day(sheet.Cell(row, 1).Date(payment.Date)); sheet.Cell(row, 2).Text(payment.InvoiceNumber);
            Money(sheet.Cell(row, 3).Amount(payment.Amount)); sheet.Cell(row, 4).Text(payment.Reference);
            row++;
        }
        row = Header(sheet, row + 1, [.. s.BucketNames]);
        for (var i = 0; i < s.Aging.Count; i++) Money(sheet.Cell(row, i + 1).Amount(s.Aging[i]));

        sheet.Columns(1, 6).Width = 18; // explicit widths: measuring text needs fonts a server may not have
        workbook.SaveAs(path);
    }

    private static void Money(IXLCell cell) => cell.Style.NumberFormat.Format = XlsxCells.AmountFormat;

    private static void Day(IXLCell cell) => cell.Style.NumberFormat.Format = XlsxCells.DateFormat;

    private static int Header(IXLWorksheet sheet, int row, params string[] names)
    {
        for (var i = 0; i < names.Length; i++) sheet.Cell(row, i + 1).Code(names[i]).Style.Font.Bold = true;
        return row + 1;
    }
}
