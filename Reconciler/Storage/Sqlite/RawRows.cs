using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Model;
using SQLitePCL;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Reads a query's rows straight from its SQLite statement on the connection's handle, as <see cref="BatchedInsert"/>
/// binds. A night loads millions of values; through <see cref="SqliteDataReader"/> each one went through several
/// checks and calls before SQLite's, and that was most of the load's time. Dates and JSON are read from the stored
/// UTF-8 bytes (no string in between), and a column read with <see cref="Shared"/> (currency codes, file names, kinds)
/// gives one string per distinct text instead of a new one per row. Same values as the reader gives, for what the store
/// writes.
/// </summary>
internal sealed class RawRows : IDisposable
{
    /// <summary>Distinct texts remembered per shared column: past this many, a column is not the few-valued kind and is read plainly.</summary>
    private const int MaxShared = 4096;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly Dictionary<int, Dictionary<string, string>> _shared = [];
    private char[] _chars = new char[128];

    public RawRows(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        foreach (var (name, value) in parameters)
        {
            var index = raw.sqlite3_bind_parameter_index(_statement, name);
            if (index == 0) continue; // a parameter the statement does not use, as Microsoft.Data.Sqlite allows
            Check(value switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                _ => throw new ArgumentException($"no SQLite binding for a {value.GetType().Name}", nameof(parameters)),
            });
        }
    }

    /// <summary>Steps to the next row; false after the last.</summary>
    public bool Read()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc != raw.SQLITE_DONE) Check(rc);
        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public decimal Amount(int column) => Fixed4.FromStore(Int64(column));

    public decimal? NullableAmount(int column) => IsNull(column) ? null : Amount(column);

    public string Text(int column)
    {
        var bytes = Bytes(column);
        return bytes.IsEmpty ? "" : Encoding.UTF8.GetString(bytes);
    }

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    /// <summary>Whether the column holds exactly <paramref name="text"/> (compared without making a string of it).</summary>
    public bool TextIs(int column, string text)
    {
        if (IsNull(column)) return false;
        var bytes = Bytes(column);
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        return _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars)).SequenceEqual(text);
    }

    /// <summary>A column of few distinct values: equal texts come back as the same string.</summary>
    public string Shared(int column)
    {
        var bytes = Bytes(column);
        if (bytes.IsEmpty) return "";
        if (_chars.Length < bytes.Length) _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        return Shared(column, _chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, _chars)));
    }

    private string Shared(int column, ReadOnlySpan<char> chars)
    {
        if (!_shared.TryGetValue(column, out var texts)) _shared[column] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var shared)) return shared;
        var text = chars.ToString();
        if (texts.Count < MaxShared) texts[text] = text;
        return text;
    }

    public string? NullableShared(int column) => IsNull(column) ? null : Shared(column);

    /// <summary>A location column ("file:line 123"); null stays null.</summary>
    public string? Location(int column) => IsNull(column) ? null : Text(column);

    /// <summary>A <c>yyyy-MM-dd</c> date, read from its bytes; anything else fails as <see cref="SqliteStore.ParseDate"/> does.</summary>
    public DateOnly Date(int column)
    {
        var b = Bytes(column);
        if (b.Length == 10 && b[4] == '-' && b[7] == '-' && Digits(b[..4], out var year) && Digits(b.Slice(5, 2), out var month)
            && Digits(b.Slice(8, 2), out var day) && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return SqliteStore.ParseDate(Text(column));
    }

    public DateOnly? NullableDate(int column) => IsNull(column) ? null : Date(column);

    /// <summary>A JSON column, deserialized from its UTF-8 bytes; null when the column is.</summary>
    public T? Json<T>(int column) where T : class => IsNull(column) ? null : JsonSerializer.Deserialize<T>(Bytes(column));

    /// <summary>The column's stored UTF-8 bytes, valid until the next step.</summary>
    private ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(_statement, column);

    private static bool Digits(ReadOnlySpan<byte> bytes, out int value)
    {
        value = 0;
        foreach (var b in bytes)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => raw.sqlite3_finalize(_statement);
}
