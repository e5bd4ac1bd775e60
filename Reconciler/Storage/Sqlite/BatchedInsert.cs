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
/// Call <see cref="Finish"/> to write the last, shorter statement; disposing without it drops what is pending (the
/// caller's transaction is being abandoned then anyway).
/// </summary>
internal sealed class BatchedInsert : IDisposable
{
    /// <summary>Rows per statement: far under SQLite's 32,766 parameters for the widest table (19 columns), and past where longer statements stop paying.</summary>
    public const int RowsPerStatement = 100;

    private readonly sqlite3 _db;
    private readonly string _table;
    private readonly IReadOnlyList<string> _columns;
    private readonly string? _tail;
    private readonly object?[] _pending;
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
        _pending = new object?[RowsPerStatement * columns.Count];
    }

    public void Add(params object?[] values)
    {
        if (values.Length != _columns.Count) throw new ArgumentException($"{_table} takes {_columns.Count} values, not {values.Length}", nameof(values));
        Array.Copy(values, 0, _pending, _rows * _columns.Count, values.Length);
        if (++_rows == RowsPerStatement) Flush();
    }

    /// <summary>Writes the rows still pending.</summary>
    public void Finish() => Flush();

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
        Array.Clear(_pending, 0, _rows * _columns.Count);
        _rows = 0;
    }

    private void Execute(sqlite3_stmt statement)
    {
        var count = _rows * _columns.Count;
        for (var i = 0; i < count; i++) Check(Bind(statement, i + 1, _pending[i]));
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, index, real),
        _ => throw new ArgumentException($"no SQLite binding for a {value.GetType().Name}", nameof(value)),
    };

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

    public void Dispose()
    {
        if (_full is not null) raw.sqlite3_finalize(_full);
        _full = null;
    }
}
