namespace Reconciler.Ingest.Csv;

/// <summary>
/// A delimited export whose header is among its first rows, read as a stream: the delimiter is the first non-blank
/// line's, the header the first of the first <c>searchRows</c> rows that the reader's test accepts, and the rows
/// under it are read one at a time. Dispose it when done.
/// </summary>
internal sealed class HeaderedRows : IDisposable
{
    private readonly TextSource _source;
    private readonly IEnumerator<CsvRow>? _rows;

    private HeaderedRows(TextSource source, IEnumerator<CsvRow>? rows, CsvRow? header, IEnumerable<CsvRow> data)
    {
        _source = source;
        _rows = rows;
        Header = header;
        Data = data;
    }

    /// <summary>The header row, or null when none of the first rows is one (then <see cref="Data"/> is empty).</summary>
    public CsvRow? Header { get; }

    /// <summary>The rows after the header, blank ones included, in file order; enumerate once.</summary>
    public IEnumerable<CsvRow> Data { get; }

    /// <summary>Whether the file ends with a line end (ask once <see cref="Data"/> has been read).</summary>
    public bool EndsWithLineEnd() => _source.EndsWithLineEnd();

    /// <summary>Whether the file's last character is a double quote: its last cell was quoted and closed.</summary>
    public bool EndsWithClosingQuote() => _source.EndsWith('"');

    public static HeaderedRows Open(TextSource source, int searchRows, Func<string[], bool> isHeader)
    {
        char delimiter;
        using (var first = source.OpenReader()) delimiter = DelimitedText.FirstLineDelimiter(first, searchRows);

        var rows = DelimitedText.ReadRows(source, delimiter).GetEnumerator();
        var head = new List<CsvRow>(searchRows);
        while (head.Count < searchRows && rows.MoveNext()) head.Add(rows.Current);
        var index = head.FindIndex(r => isHeader(r.Fields));
        if (index < 0)
        {
            rows.Dispose();
            return new HeaderedRows(source, null, null, []);
        }
        return new HeaderedRows(source, rows, head[index], DelimitedText.Continue(head, index + 1, rows));
    }

    public void Dispose() => _rows?.Dispose();
}
