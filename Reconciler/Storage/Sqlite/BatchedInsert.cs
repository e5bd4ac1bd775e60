using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Inserts rows with multi-row <c>INSERT ... VALUES (?,...),(?,...)</c> statements of <see cref="RowsPerStatement"/> rows, every
/// value a bound parameter. One <see cref="SqliteCommand"/> execution per row cost more than the insert itself and
/// dominated the commit and the ingest of a big night. The values are bound by position through the SQLite handle of
/// the store's connection (inside the caller's transaction): Microsoft.Data.Sqlite binds by name, looking each name up
/// among all of the statement's names, which makes a statement of thousands of parameters quadratic.
/// Texts are encoded into one reused buffer (SQLite copies what is bound), not into a new byte array per value.
/// </summary>
internal sealed class BatchedInsert : BulkRows
{
    /// <summary>Rows per statement: far under SQLite's 32,766 parameters for the widest table (19 columns), and past where longer statements stop paying.</summary>
    public const int RowsPerStatement = 100;

    private enum Kind : byte { Null, Text, Chars, Integer, Date }

    /// <summary>One pending value: a text by reference, characters as their place in <see cref="_chars"/>, or a number (a date as its day number).</summary>
    private readonly record struct Value(Kind Kind, string? Text, long Number, int Length = 0);

    /// <summary>The empty text, zero-terminated: an empty span would be bound as NULL.</summary>
    private static readonly byte[] EmptyText = [0];

    private readonly sqlite3 _db;
    private readonly string _table;
    private readonly IReadOnlyList<string> _columns;
    private readonly string? _tail;
    private readonly Value[] _pending;
    private byte[] _utf8 = new byte[256];
    private char[] _chars = new char[1024];
    private int _charCount;
    private int _count;
    private int _rows;
    private sqlite3_stmt? _full;

    public BatchedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns, string? tail = null)
    {
        // The transaction is the connection's; statements prepared on its handle run inside it.
        if (transaction.Connection != connection) throw new ArgumentException("the transaction belongs to another connection", nameof(transaction));
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _table = table;
        _columns = columns;
        _tail = tail;
        _pending = new Value[RowsPerStatement * columns.Count];
    }

    public override BulkRows Text(string? value) => Put(value is null ? default : new Value(Kind.Text, value, 0));

    /// <summary>Characters, copied until the statement is written.</summary>
    public override BulkRows Chars(ReadOnlySpan<char> value)
    {
        if (_charCount + value.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_charCount + value.Length, _chars.Length * 2));
        value.CopyTo(_chars.AsSpan(_charCount));
        Put(new Value(Kind.Chars, null, _charCount, value.Length));
        _charCount += value.Length;
        return this;
    }

    public override BulkRows Int(long value) => Put(new Value(Kind.Integer, null, value));

    /// <summary>A date, stored as its <c>yyyy-MM-dd</c> text (as the SQLite dialect writes dates).</summary>
    public override BulkRows Date(DateOnly value) => Put(new Value(Kind.Date, null, value.DayNumber));

    /// <summary>A flag, stored as 0/1.</summary>
    public override BulkRows Bool(bool value) => Put(new Value(Kind.Integer, null, value ? 1 : 0));

    public override BulkRows Null() => Put(default);

    /// <summary>Ends the row given since the last one; it is written with the next full statement or at <see cref="Finish"/>.</summary>
    public override void EndRow()
    {
        if (_count != (_rows + 1) * _columns.Count)
            throw new InvalidOperationException($"{_table} takes {_columns.Count} values a row, not {_count - _rows * _columns.Count}");
        if (++_rows == RowsPerStatement) Flush();
    }

    /// <summary>Writes the rows still pending.</summary>
    public override void Finish()
    {
        if (_count != _rows * _columns.Count) throw new InvalidOperationException($"{_table}: a row was begun and not ended");
        Flush();
    }

    private BatchedInsert Put(Value value)
    {
        if (_count == _pending.Length) throw new InvalidOperationException($"{_table} takes {_columns.Count} values a row: the row has more");
        _pending[_count++] = value;
        return this;
    }

    private void Flush()
    {
        if (_rows == 0) return;
        if (_rows == RowsPerStatement)
        {
            Execute(_full ??= Prepare(RowsPerStatement));
        }
        else
        {
            var partial = Prepare(_rows);
            try { Execute(partial); }
            finally { raw.sqlite3_finalize(partial); }
        }
        Array.Clear(_pending, 0, _count);
        _count = 0;
        _charCount = 0;
        _rows = 0;
    }

    private void Execute(sqlite3_stmt statement)
    {
        for (var i = 0; i < _count; i++) Check(Bind(statement, i + 1, _pending[i]));
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    private int Bind(sqlite3_stmt statement, int index, Value value)
    {
        switch (value.Kind)
        {
            case Kind.Integer:
                return raw.sqlite3_bind_int64(statement, index, value.Number);
            case Kind.Date:
                var date = DateOnly.FromDayNumber((int)value.Number);
                date.TryFormat(_utf8, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, written));
            case Kind.Text:
                return BindText(statement, index, value.Text);
            case Kind.Chars:
                return BindText(statement, index, _chars.AsSpan((int)value.Number, value.Length));
            default:
                return raw.sqlite3_bind_null(statement, index);
        }
    }

    private int BindText(sqlite3_stmt statement, int index, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return raw.sqlite3_bind_text(statement, index, utf8z.FromSpan(EmptyText));
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most > _utf8.Length) _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        // The same bytes as SQLitePCL's own string binding (UTF-8, a lone surrogate replaced), which SQLite copies.
        return raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, _utf8)));
    }

    private sqlite3_stmt Prepare(int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append('(').AppendJoin(", ", _columns).Append(") VALUES ");
        var row = "(" + string.Join(',', Enumerable.Repeat("?", _columns.Count)) + ")";
        for (var r = 0; r < rows; r++) sql.Append(r == 0 ? "" : ",").Append(row);
        if (_tail is not null) sql.Append(' ').Append(_tail);
        Check(raw.sqlite3_prepare_v2(_db, sql.ToString(), out var statement));
        return statement;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public override void Dispose()
    {
        if (_full is not null) raw.sqlite3_finalize(_full);
        _full = null;
        base.Dispose();
    }
}
