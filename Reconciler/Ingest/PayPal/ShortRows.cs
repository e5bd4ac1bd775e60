using Reconciler.Ingest.Csv;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// Counts the data rows with fewer cells than the header as they stream by (they are read, the missing cells empty,
/// with one warning for all of them), and keeps the last row for the cut-file check.
/// </summary>
internal sealed class ShortRows(CsvRow header)
{
    private int _count;
    private CsvRow? _first;

    /// <summary>The last data row seen.</summary>
    public CsvRow? Last { get; private set; }

    public void See(CsvRow row)
    {
        Last = row;
        if (row.Fields.Length >= header.Fields.Length) return;
        _first ??= row;
        _count++;
    }

    /// <summary>The one warning, when any row was short.</summary>
    public void Report(string file, List<ParseProblem> problems)
    {
        if (_first is null) return;
        problems.Add(ParseProblem.Warning(file, $"line {_first.Line}", null,
            $"{_count} row(s) have fewer cells ({_first.Fields.Length}) than the header ({header.Fields.Length}); the missing trailing cells are read as empty"));
    }
}
