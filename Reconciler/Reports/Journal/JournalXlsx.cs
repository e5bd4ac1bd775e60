using Reconciler.Configuration;
using Reconciler.Reports.Xlsx;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>journal.xlsx: the rows of journal.csv on a Journal sheet, for finance staff.</summary>
public sealed class JournalXlsx(Rules.Books.AccountChart accounts, int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string JournalSheet = "Journal";

    public string FileName => "journal.xlsx";

    public void Write(NightResult night, string path) => WriteAsync(night, path).GetAwaiter().GetResult();

    public async Task WriteAsync(NightResult night, string path)
    {
        var books = NightBooks.From(night);
        // The filter's range comes first in the file: a counting pass (the entries are made again, never kept) finds it.
        var total = 0;
        foreach (var entry in Rules.Books.JournalBuilder.Entries(books)) total += entry.Lines.Count;
        var shown = Math.Min(total, maxRows);
        await using var workbook = await XlsxWorkbook.CreateAsync(path);
        var sheet = await workbook.AddSheetAsync(JournalSheet, 1,
            [new(20), new(18), new(12, XlsxFormat.Date), new(14), new(14, XlsxFormat.Amount), new(14, XlsxFormat.Amount), new(9),
                new(14), new(14), new(14), new(24), new(22), new(44, XlsxFormat.Wrapped)],
            filter: shown > 0 ? XlsxSheet.Range(1, 1, shown + 1, JournalCsv.Header.Length) : null);
        await sheet.HeaderAsync(1, JournalCsv.Header, XlsxFormat.Header);
        var row = 1;
        foreach (var entry in Rules.Books.JournalBuilder.Entries(books))
        {
            if (row - 1 >= maxRows) break;
            foreach (var line in entry.Lines)
            {
                if (row - 1 >= maxRows) break;
                await sheet.RowAsync(++row);
                sheet.Code(1, night.RunId);
                sheet.Code(2, entry.EntryId);
                sheet.Date(3, entry.PostingDate);
                sheet.Text(4, accounts.Code(line.Account));
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
        }
        if (total > maxRows)
        {
            await sheet.RowAsync(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {total:N0} journal lines are shown here; journal.csv has them all.", XlsxFormat.Note);
        }
        await sheet.FinishAsync();
        await workbook.FinishAsync();
    }
}
