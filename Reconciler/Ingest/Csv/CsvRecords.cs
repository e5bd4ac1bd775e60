using CsvHelper;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// The records of a delimited text read in place: each field is copied as characters into a buffer of its column
/// (reused from record to record), so reading a record makes no string; <see cref="Field"/> makes one for a value
/// that is kept, and <see cref="ToRow"/> a whole row for one that must wait (a sample, a possible footer). The same
/// tokenizer and options as <see cref="DelimitedText.ReadRows(TextSource, char)"/>, so the fields and line numbers
/// are the same. Dispose it when done.
/// </summary>
internal sealed class CsvRecords : ICsvFields, IDisposable
{
    private readonly CsvReader _reader;
    private char[][] _buffers = [];
    // Per column: the record whose field the buffer holds (0: none), and where the trimmed value lies in it.
    private long[] _decodedFor = [];
    private (int Start, int Length)[] _trimmed = [];
    private long _record;

    public CsvRecords(CsvReader reader) => _reader = reader;

    public int Line { get; private set; }

    public int FieldCount => _reader.FieldCount;

    public bool Read()
    {
        if (!_reader.Read()) return false;
        _record++;
        Line = (int)_reader.LineNumber;
        return true;
    }

    public ReadOnlySpan<char> Span(int index)
    {
        if (index < 0 || index >= _reader.FieldCount) return default;
        if (index >= _buffers.Length) Grow(index + 1);
        if (_decodedFor[index] != _record) Decode(index);
        var (start, length) = _trimmed[index];
        return _buffers[index].AsSpan(start, length);
    }

    public string Field(int index) => Span(index).ToString();

    /// <summary>The current record as strings (for a row that is kept past the next <see cref="Read"/>).</summary>
    public CsvRow ToRow()
    {
        var fields = new string[_reader.FieldCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = _reader.GetString(i);
        return new CsvRow(Line, fields);
    }

    /// <summary>The records from here on as rows (each made with <see cref="ToRow"/>).</summary>
    public IEnumerable<CsvRow> AsRows()
    {
        while (Read()) yield return ToRow();
    }

    private void Decode(int index)
    {
        int written;
        while (true)
        {
            try
            {
                written = _reader.GetChars(index, _buffers[index]);
                break;
            }
            catch (ArgumentException)
            {
                // Rare: a field longer than any before it in this column.
                _buffers[index] = new char[_buffers[index].Length * 4];
            }
        }
        var value = _buffers[index].AsSpan(0, written);
        var trimmed = value.TrimStart();
        var start = written - trimmed.Length;
        _trimmed[index] = (start, trimmed.TrimEnd().Length);
        _decodedFor[index] = _record;
    }

    private void Grow(int columns)
    {
        var old = _buffers.Length;
        Array.Resize(ref _buffers, columns);
        Array.Resize(ref _decodedFor, columns);
        Array.Resize(ref _trimmed, columns);
        for (var i = old; i < columns; i++) _buffers[i] = new char[256];
    }

    public void Dispose() => _reader.Dispose();
}
