using Reconciler.Configuration;
using Reconciler.Reports.Xlsx;
using Reconciler.Reports.Xlsx.Streaming;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>journal.xlsx: the rows of journal.csv on a Journal sheet, for finance staff.</summary>
public sealed class JournalXlsx(Rules.Books.AccountChart accounts, int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    public const string JournalSheet = "Journal";

    public string FileName => "journal.xlsx";

    public void Write(NightResult night, string path)
    {
        using var workbook = new StreamedWorkbook(path);
        var sheet = workbook.AddSheet(JournalSheet);
        sheet.Begin(1, [new(20), new(18), new(12, XlsxFormat.Date), new(14), new(14, XlsxFormat.Amount), new(14, XlsxFormat.Amount), new(9),
            new(14), new(14), new(14), new(24), new(22), new(44, XlsxFormat.Wrapped)]);
        sheet.Row(1);
        for (var c = 0; c < JournalCsv.Header.Length; c++) sheet.Code(c + 1, JournalCsv.Header[c], XlsxFormat.Header);
        var row = 1;
        var total = 0;
        foreach (var entry in NightBooks.JournalOf(night))
        {
            foreach (var line in entry.Lines)
            {
                if (++total > maxRows) continue;
                sheet.Row(++row);
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
            sheet.Row(row + 2);
            sheet.Code(1, $"Only the first {maxRows:N0} of {total:N0} journal lines are shown here; journal.csv has them all.", XlsxFormat.Note);
        }
        sheet.Finish(filter: row > 1 ? StreamedSheet.Range(1, 1, row, JournalCsv.Header.Length) : null);
    }
}
