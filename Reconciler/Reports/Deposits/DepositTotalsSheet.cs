using Reconciler.Reports.Xlsx;

namespace Reconciler.Reports.Deposits;

/// <summary>The Totals sheet of deposits.xlsx: count, amount and what is left, by kind and by bank account.</summary>
public sealed class DepositTotalsSheet
{
    private static readonly string[] Columns = ["group", "value", "currency", "count", "amount", "difference"];

    private readonly Dictionary<(string Kind, string Currency), Total> _byKind = [];
    private readonly Dictionary<(string Account, string Currency), Total> _byAccount = [];
    private int _rows;

    /// <summary>Counts every deposit row, also those the Deposits sheet leaves out.</summary>
    public DepositTotalsSheet(DepositPlan plan)
    {
        foreach (var row in plan.Totals())
        {
            _rows++;
            Add(_byKind, (row.Kind, row.Currency), row.Amount, row.Difference);
            Add(_byAccount, (row.BankAccount, row.Currency), row.Amount, row.Difference);
        }
    }

    public async Task WriteAsync(XlsxWorkbook workbook)
    {
        var sheet = await workbook.AddSheetAsync(DepositsXlsx.TotalsSheet, 1, [new(14), new(20), new(9), new(8), new(15, XlsxFormat.Amount), new(15, XlsxFormat.Amount)]);
        await sheet.HeaderAsync(1, Columns, XlsxFormat.Header);
        var row = 1;
        row = await BlockAsync(sheet, row, "kind", _byKind, code: true);
        row = await BlockAsync(sheet, row, "bank_account", _byAccount, code: false);
        if (_rows == 0)
        {
            await sheet.RowAsync(row + 1);
            sheet.Code(1, "No bank credits this night.");
        }
        await sheet.FinishAsync();
    }

    private static void Add(Dictionary<(string, string), Total> totals, (string, string) key, decimal amount, decimal difference)
    {
        if (!totals.TryGetValue(key, out var total)) totals[key] = total = new Total();
        total.Count++;
        total.Amount += amount;
        total.Difference += difference;
    }

    private static async Task<int> BlockAsync(XlsxSheet sheet, int row, string group, Dictionary<(string, string), Total> totals, bool code)
    {
        foreach (var ((key, currency), total) in totals.OrderBy(t => t.Key.Item1, StringComparer.Ordinal).ThenBy(t => t.Key.Item2, StringComparer.Ordinal))
        {
            await sheet.RowAsync(++row);
            sheet.Code(1, group);
            if (code) sheet.Code(2, key);
            else sheet.Text(2, key);
            sheet.Code(3, currency);
            sheet.Number(4, total.Count);
            sheet.Amount(5, total.Amount);
            sheet.Amount(6, total.Difference);
        }
        return row;
    }

    private sealed class Total
    {
        public int Count;
        public decimal Amount;
        public decimal Difference;
    }
}
