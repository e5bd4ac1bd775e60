using Reconciler.Configuration;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>
/// journal.csv and journal.xlsx beside it, from one pass over the night's journal: making the entries is most of what
/// the journal costs, and the workbook needs them all too (it says how many lines there are).
/// </summary>
public sealed class JournalFiles(Rules.Books.AccountChart accounts, int maxRows = ReportSettings.DefaultMaxXlsxRows) : IReportWriter
{
    private readonly JournalCsv _csv = new(accounts);
    private readonly JournalXlsx _xlsx = new(accounts, maxRows);

    public string FileName => _csv.FileName;

    public IReadOnlyList<string> FileNames => [_csv.FileName, _xlsx.FileName];

    public void Write(NightResult night, string path)
    {
        var preview = new JournalPreview(maxRows);
        _csv.Write(night, path, preview);
        _xlsx.Write(night, Path.Combine(Path.GetDirectoryName(path)!, _xlsx.FileName), preview);
    }
}
