using ClosedXML.Excel;
using Reconciler.Reports.Csv;

namespace Reconciler.Reports.Xlsx;

/// <summary>The Totals sheet of deposits.xlsx: count, amount and what is left, by kind and by bank account.</summary>
public static class DepositTotalsSheet
{
    private static readonly string[] Columns = ["group", "value", "currency", "count", "amount", "difference"];

    public static void Write(IXLWorksheet sheet, IReadOnlyList<DepositRow> rows)
    {
        XlsxCells.Header(sheet, Columns);
        var row = 1;
        row = Block(sheet, row, "kind", rows, r => r.Kind, code: true);
        row = Block(sheet, row, "bank_account", rows, r => r.BankAccount, code: false);
        XlsxCells.Widths(sheet, 14, 20, 9, 8, 15, 15);
        XlsxCells.AmountColumns(sheet, 5, 6);
        if (rows.Count == 0) sheet.Cell(row + 1, 1).Code("No bank credits this night.");
    }

    private static int Block(IXLWorksheet sheet, int row, string group, IReadOnlyList<DepositRow> rows, Func<DepositRow, string> key, bool code)
    {
        foreach (var g in rows.GroupBy(r => (Key: key(r), r.Currency)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal))
        {
            row++;
            sheet.Cell(row, 1).Code(group);
            if (code) sheet.Cell(row, 2).Code(g.Key.Key);
            else sheet.Cell(row, 2).Text(g.Key.Key);
            sheet.Cell(row, 3).Code(g.Key.Currency);
            sheet.Cell(row, 4).Number(g.Count());
            sheet.Cell(row, 5).Amount(g.Sum(r => r.Amount));
            sheet.Cell(row, 6).Amount(g.Sum(r => r.Difference));
        }
        return row;
    }
}
