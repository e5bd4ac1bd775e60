namespace Reconciler.Ingest.Csv;

/// <summary>
/// Counts the data rows with fewer cells than the header as they stream by (they are read, the missing cells empty,
/// with one warning for all of them), and keeps the last row for the cut-file check.
/// </summary>
internal sealed class ShortRows(CsvRow header)
{
    private int _count;
    private int _rows;
    private int _width = -1;
    private bool _sameWidth = true;
    private CsvRow? _first;

    /// <summary>The last data row seen.</summary>
    public CsvRow? Last { get; private set; }

    public void See(CsvRow row)
    {
        Last = row;
        _rows++;
        if (_width < 0) _width = row.Fields.Length;
        else if (_width != row.Fields.Length) _sameWidth = false;
        if (row.Fields.Length >= header.Fields.Length) return;
        _first ??= row;
        _count++;
    }

    /// <summary>
    /// Whether every data row, the last included, has the same number of cells: an export that leaves the trailing empty
    /// column(s) off every row. Its last row, short and without a line end, is then the file's shape, not a cut; a cut
    /// shows as a last row shorter than the rows before it. One row alone proves nothing.
    /// </summary>
    public bool EveryRowAlike => _rows > 1 && _sameWidth;

    /// <summary>
    /// The cut-file check: a short last row with no line end is a file cut in transit (reading it would invent a
    /// transaction), unless every row leaves off the same trailing cells (the export's shape) and the file ends with the
    /// closing quote of its last cell, which shows that cell whole. An unquoted last cell could be cut mid-value.
    /// </summary>
    public void CheckCut(HeaderedRows file, string fileName, List<ParseProblem> problems)
    {
        if (Last is { } last && last.Fields.Length < header.Fields.Length && !file.EndsWithLineEnd() && !(EveryRowAlike && file.EndsWithClosingQuote()))
        {
            problems.Add(ParseProblem.Error(fileName, $"line {last.Line}", null,
                $"the last row stops after {last.Fields.Length} of {header.Fields.Length} cells without a line end: the file is cut short"));
        }
    }

    /// <summary>The one warning, when any row was short.</summary>
    public void Report(string file, List<ParseProblem> problems)
    {
        if (_first is null) return;
        problems.Add(ParseProblem.Warning(file, $"line {_first.Line}", null,
            $"{_count} row(s) have fewer cells ({_first.Fields.Length}) than the header ({header.Fields.Length}); the missing trailing cells are read as empty"));
    }
}
