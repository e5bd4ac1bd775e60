using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    internal StoreUnit Begin() => new(this, Connection);

    internal DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters) command.Parameters.Add(Dialect.Parameter(command, name, value));
        return command;
    }

    /// <summary>Runs a statement; returns the rows it affected.</summary>
    internal int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal List<T> Read<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    /// <summary>Writes <paramref name="table"/>'s rows, as <paramref name="write"/> gives them, with the database's bulk writer.</summary>
    internal void Bulk(BulkTable table, Action<BulkRows> write)
    {
        using var rows = WritingNight(table, Dialect.BulkWriter(Connection, Transaction ?? throw new InvalidOperationException("bulk writes need a transaction"), table));
        write(rows);
        rows.Finish();
    }

    /// <summary>Instants are kept to the millisecond in UTC, as the SQLite store keeps them.</summary>
    internal static DateTimeOffset Instant(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    internal static string Text(DbDataReader reader, int ordinal) => Format(reader.GetValue(ordinal));

    internal static string? NullableText(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Text(reader, ordinal);

    /// <summary>A whole number: read as a long where the column is one (amounts, ids: no boxed value per read), else converted.</summary>
    internal static long Long(DbDataReader reader, int ordinal) => reader.GetFieldType(ordinal) == typeof(long)
        ? reader.GetInt64(ordinal)
        : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    internal static decimal Amount(DbDataReader reader, int ordinal) => Fixed4.FromStore(Long(reader, ordinal));

    internal static decimal? NullableAmount(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Amount(reader, ordinal);

    internal static DateOnly Date(DbDataReader reader, int ordinal) => reader.GetFieldType(ordinal) == typeof(string)
        ? IsoDate(reader.GetString(ordinal))
        : reader.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        var other => DateOnly.ParseExact(Format(other), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>A <c>yyyy-MM-dd</c> date as SQLite keeps dates, read from its digits (a night reads hundreds of thousands); anything else as ParseExact reads it.</summary>
    private static DateOnly IsoDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    internal static DateOnly? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Date(reader, ordinal);

    internal static DateTimeOffset Instant(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        DateTimeOffset d => d.ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        var other => DateTimeOffset.Parse(Format(other), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
    };

    internal static T? Json<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json);

    /// <summary>A column value as the SQLite store would show it: dates yyyy-MM-dd, numbers invariant.</summary>
    internal static string Format(object? value) => value switch
    {
        null or DBNull => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
