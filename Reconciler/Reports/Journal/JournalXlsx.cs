using Reconciler.Configuration;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>journal.xlsx: the rows of journal.csv on a Journal sheet, for finance staff.</summary>
public sealed class JournalXlsx(Rules.Books.AccountChart accounts, int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string JournalSheet = "Journal";

    public string FileName => "journal.xlsx";

    public void Write(NightResult night, string path) => Write(night, path, JournalPreview.Of(NightBooks.JournalOf(night), maxRows));

    /// <summary>Writes the lines of <paramref name="preview"/> (made with this writer's row limit, or a smaller one).</summary>
    public void Write(NightResult night, string path, JournalPreview preview) => WriteAsync(night, path, preview).GetAwaiter().GetResult();

    private async Task WriteAsync(NightResult night, string path, JournalPreview preview)
    {
        var codes = new AccountCodes(accounts);
        var shown = preview.Shown.Count;
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        var sheet = await workbook.AddSheetAsync(JournalSheet, 1,
            [new(20), new(18), new(12, XlsxFormat.Date), new(14), new(14, XlsxFormat.Amount), new(14, XlsxFormat.Amount), new(9),
                new(14), new(14), new(14), new(24), new(22), new(44, XlsxFormat.Wrapped)],
            filter: shown > 0 ? XlsxSheet.Range(1, 1, shown + 1, JournalCsv.Header.Length) : null);
        await sheet.HeaderAsync(1, JournalCsv.Header, XlsxFormat.Header);
        var row = 1;
        foreach (var (entry, line) in preview.Shown)
        {
            await sheet.RowAsync(++row);
            sheet.Code(1, night.RunId);
            sheet.Code(2, entry.EntryId);
            sheet.Date(3, entry.PostingDate);
            sheet.Text(4, codes.Code(line.Account));
            sheet.Amount(5, JournalCsv.Blank(line.Debit));
            sheet.Amount(6, JournalCsv.Blank(line.Credit));
            sheet.Code(7, entry.Currency);
            sheet.Text(8, line.InvoiceNumber);
            sheet.Text(9, line.CustomerId);
            sheet.Code(10, entry.SourceKind);
            sheet.Code(11, entry.SourceId);
            sheet.Code(12, entry.Rule);
            sheet.Text(13, line.Memo);
        }
        if (preview.Total > shown)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {shown:N0} of {preview.Total:N0} journal lines are shown here; journal.csv has them all.", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
        await workbook.FinishAsync();
    }
}
