using ClosedXML.Excel;
using Reconciler.Configuration;
using Reconciler.Reports.Csv;
using Reconciler.Runs;

namespace Reconciler.Reports.Xlsx;

/// <summary>deposits.xlsx: the rows of deposits.csv, and a Totals sheet by kind and by account.</summary>
public sealed class DepositsXlsx(int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string DepositsSheet = "Deposits";
    public const string TotalsSheet = "Totals";

    public string FileName => "deposits.xlsx";

    public void Write(NightResult night, string path)
    {
        var rows = DepositRows.For(night).ToList();
        using var workbook = new XLWorkbook();
        WriteRows(workbook.Worksheets.Add(DepositsSheet), rows, maxRows);
        DepositTotalsSheet.Write(workbook.Worksheets.Add(TotalsSheet), rows);
        workbook.SaveAs(path);
    }

    /// <summary>The Deposits sheet; beyond <paramref name="maxRows"/> a note points to deposits.csv (ClosedXML takes minutes and gigabytes for a million rows).</summary>
    private static void WriteRows(IXLWorksheet sheet, IReadOnlyList<DepositRow> rows, int maxRows)
    {
        XlsxCells.Header(sheet, DepositRows.Header);
        var row = 1;
        foreach (var r in rows.Take(maxRows))
        {
            row++;
            sheet.Cell(row, 1).Text(r.BankAccount);
            sheet.Cell(row, 2).Date(r.BookingDate);
            sheet.Cell(row, 3).Code(r.BankLineId);
            sheet.Cell(row, 4).Amount(r.Amount);
            sheet.Cell(row, 5).Code(r.Currency);
            sheet.Cell(row, 6).Text(r.Description);
            sheet.Cell(row, 7).Code(r.Kind);
            sheet.Cell(row, 8).Code(r.Status);
            sheet.Cell(row, 9).Text(r.MatchedTo);
            sheet.Cell(row, 10).Number(r.Items);
            sheet.Cell(row, 11).Amount(r.Difference);
        }
        XlsxCells.Widths(sheet, 13, 12, 20, 14, 9, 50, 18, 13, 24, 7, 14);
        XlsxCells.DateColumns(sheet, 2);
        XlsxCells.AmountColumns(sheet, 4, 11);
        sheet.Column(6).Style.Alignment.WrapText = true;
        if (row > 1) sheet.Range(1, 1, row, DepositRows.Header.Length).SetAutoFilter();
        if (rows.Count > maxRows)
        {
            var note = sheet.Cell(row + 2, 1).Code($"Only the first {maxRows:N0} of {rows.Count:N0} deposits are shown here; deposits.csv has them all (the Totals sheet counts them all).");
            note.Style.Font.Italic = true;
        }
    }
}
