using Reconciler.Reports.Xlsx;

namespace Reconciler.Reports.Statements.Patients;

/// <summary>The same patient statement as a workbook, with real numbers and dates.</summary>
public static class PatientStatementXlsx
{
    private static readonly XlsxFormat Bold = new(XlsxFont.Bold);

    public static void Write(PatientStatement s, string path) => WriteAsync(s, path).GetAwaiter().GetResult();

    public static async Task WriteAsync(PatientStatement s, string path)
    {
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        var sheet = await workbook.AddSheetAsync("Statement", 0, [new XlsxColumn(70), new XlsxColumn(16), new XlsxColumn(8)]);
        var row = 1;
        async Task Pair(string label, Action<int> value)
        {
            await sheet.RowAsync(row);
            sheet.Text(1, label);
            value(row++);
        }
        await Pair("Statement for", _ => sheet.Text(2, $"{s.PatientName} (patient number {s.PatientId})"));
        await Pair("As of", _ => sheet.Date(2, s.AsOf, XlsxFormat.Date));
        await Pair("You owe", _ => { sheet.Amount(2, s.AmountDue, XlsxFormat.Amount); sheet.Code(3, s.Currency); });
        await Pair("Please pay by", _ => sheet.Date(2, s.PayBy, XlsxFormat.Date));
        foreach (var line in s.Lines)
        {
            row++;
            await sheet.HeaderAsync(row++, [PatientStatementWords.Visit(line), s.Currency], Bold);
            foreach (var (label, amount) in PatientStatementWords.Figures(line))
                await Pair(label, _ => sheet.Amount(2, amount, XlsxFormat.Amount));
        }
        row++;
        await sheet.HeaderAsync(row++, ["How to pay"], Bold);
        await Pair(s.HowToPay, _ => { });
        await sheet.FinishAsync();
        await workbook.FinishAsync();
    }
}
