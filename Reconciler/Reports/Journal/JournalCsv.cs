using Reconciler.Reports.Cells;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>journal.csv: one row per journal line; within every entry_id and currency, debits equal credits (docs/books.md).</summary>
public sealed class JournalCsv(Rules.Books.AccountChart accounts) : IReportWriter
{
    public static readonly string[] Header =
        ["run_id", "entry_id", "posting_date", "account", "debit", "credit", "currency", "invoice_number", "customer_id", "source_kind", "source_id", "rule", "memo"];

    public string FileName => "journal.csv";

    public void Write(NightResult night, string path) => Write(night, path, preview: null);

    /// <summary>Writes journal.csv, handing each entry to <paramref name="preview"/> as it goes (for journal.xlsx).</summary>
    public void Write(NightResult night, string path, JournalPreview? preview)
    {
        var codes = new AccountCodes(accounts);
        using var csv = ReportCsv.Create(path, Header);
        foreach (var entry in NightBooks.JournalOf(night))
        {
            foreach (var line in entry.Lines)
            {
                csv.Code(night.RunId).Code(entry.EntryId).Date(entry.PostingDate).Text(codes.Code(line.Account)).Amount(Blank(line.Debit)).Amount(Blank(line.Credit))
                    .Code(entry.Currency).Text(line.InvoiceNumber).Text(line.CustomerId).Code(entry.SourceKind).Code(entry.SourceId).Code(entry.Rule)
                    .Text(line.Memo).EndRow();
            }
            preview?.Add(entry);
        }
    }

    /// <summary>A line is a debit or a credit: the other column is left empty.</summary>
    public static decimal? Blank(decimal amount) => amount == 0m ? null : amount;
}
