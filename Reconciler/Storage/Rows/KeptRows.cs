using System.Globalization;

namespace Reconciler.Storage.Rows;

/// <summary>
/// Rows going to the bulk writer, passed on to it and kept as the database gives them back (texts as strings, numbers and
/// flags as longs, dates as yyyy-MM-dd texts, nulls as <see cref="DBNull"/>), so that a later read of them can be answered
/// by the same row mapping as the database's (<see cref="KeptRowReader"/>). The rows are added to <paramref name="rows"/> as they end.
/// </summary>
internal sealed class KeptRows(BulkRows writer, int columns, List<object[]> rows) : BulkRows
{
    private object[] _row = new object[columns];
    private int _at;

    public override BulkRows Text(string? value) => Keep(value is null ? DBNull.Value : value, writer.Text(value));

    public override BulkRows Chars(ReadOnlySpan<char> value) => Keep(value.ToString(), writer.Chars(value));

    public override BulkRows Int(long value) => Keep(value, writer.Int(value));

    public override BulkRows Date(DateOnly value) => Keep(DateText(value), writer.Date(value));

    public override BulkRows Bool(bool value) => Keep(value ? 1L : 0L, writer.Bool(value));

    public override BulkRows Null() => Keep(DBNull.Value, writer.Null());

    public override void EndRow()
    {
        writer.EndRow();
        rows.Add(_row);
        _row = new object[_row.Length];
        _at = 0;
    }

    public override void Finish() => writer.Finish();

    public override void Dispose()
    {
        writer.Dispose();
        base.Dispose();
    }

    // A night's rows hold a few hundred distinct dates among tens of thousands (issue and due dates): one text each, kept until the next night.
    private readonly Dictionary<int, string> _dates = [];

    private string DateText(DateOnly value)
    {
        if (!_dates.TryGetValue(value.DayNumber, out var text)) _dates[value.DayNumber] = text = value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return text;
    }

    private KeptRows Keep(object value, BulkRows _)
    {
        _row[_at++] = value;
        return this;
    }
}
