using System.Data.Common;

namespace Reconciler.Storage;

/// <summary>
/// What one database does differently from the others: its connection, upserts, row limits, row locks, generated ids,
/// its bulk writer and its migrations. Every statement that can be written once is written once, in the store
/// (<see cref="ReconciliationStore"/>), with these pieces put in; parameters are named <c>@name</c> everywhere.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The provider's name as configured (Sqlite, PostgreSql, SqlServer).</summary>
    public abstract string Name { get; }

    /// <summary>Put after a text column in ORDER BY so that every database orders keys by code point, as SQLite does.</summary>
    public virtual string Ordinal => "";

    /// <summary>The boolean false literal, to compare a flag column with.</summary>
    public virtual string False => "false";

    public abstract DbConnection CreateConnection();

    /// <summary>Settings of a freshly opened connection.</summary>
    public virtual void Opened(DbConnection connection) { }

    /// <summary>The clause that keeps the first <paramref name="rows"/> rows of an ordered query (after its ORDER BY).</summary>
    public virtual string Limit(string rows) => $"LIMIT {rows}";

    /// <summary>A table hint that locks the rows read until the transaction ends (SQL Server's form).</summary>
    public virtual string LockHint => "";

    /// <summary>A suffix that locks the rows read until the transaction ends (PostgreSQL's form).</summary>
    public virtual string LockSuffix => "";

    /// <summary>An INSERT of one row that affects no row when <paramref name="key"/> is taken.</summary>
    public virtual string InsertIfAbsent(string table, string[] columns, string[] values, string[] key) =>
        $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}) ON CONFLICT ({string.Join(", ", key)}) DO NOTHING";

    /// <summary>An INSERT of one row that updates <paramref name="update"/> when <paramref name="key"/> is taken.</summary>
    public virtual string Upsert(string table, string[] columns, string[] values, string[] key, string[] update) =>
        $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}) ON CONFLICT ({string.Join(", ", key)}) " +
        $"DO UPDATE SET {string.Join(", ", update.Select(c => $"{c} = excluded.{c}"))}";

    /// <summary>Adds a night's exceptions (of @run, last seen @asOf) to the registry, keeping each one's earliest first-seen date.</summary>
    public virtual string RegisterExceptions => """
        INSERT INTO exception_registry(exception_id, category, first_seen, last_seen)
        SELECT exception_id, category, first_seen, @asOf FROM exceptions WHERE run_id = @run
        ON CONFLICT (exception_id) DO UPDATE SET
            first_seen = CASE WHEN excluded.first_seen < exception_registry.first_seen THEN excluded.first_seen ELSE exception_registry.first_seen END,
            last_seen = CASE WHEN excluded.last_seen > exception_registry.last_seen THEN excluded.last_seen ELSE exception_registry.last_seen END
        """;

    /// <summary>An INSERT of one row that returns the row's generated <paramref name="id"/>.</summary>
    public virtual string InsertReturning(string table, string[] columns, string[] values, string id) =>
        $"INSERT INTO {table}({string.Join(", ", columns)}) VALUES ({string.Join(", ", values)}) RETURNING {id}";

    /// <summary>
    /// A subquery giving the texts of one parameter (<see cref="KeyListValue"/>) as rows, to look up many keys in one statement;
    /// none where the database has no such form, and the keys go a few hundred parameters to a statement.
    /// </summary>
    public virtual string? KeyList(string parameter) => null;

    /// <summary>The value of <see cref="KeyList"/>'s parameter for <paramref name="keys"/>.</summary>
    public virtual object KeyListValue(IReadOnlyList<string> keys) => throw new NotSupportedException($"{Name} has no key list");

    /// <summary>A parameter's value as the provider takes it (dates, instants, flags).</summary>
    public virtual DbParameter Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }

    /// <summary>A bulk writer of <paramref name="table"/>'s rows inside <paramref name="transaction"/>, streaming them.</summary>
    public abstract BulkRows BulkWriter(DbConnection connection, DbTransaction transaction, BulkTable table);

    /// <summary>The migrator's statements for this database.</summary>
    public abstract MigrationSql Migrations { get; }

    /// <summary>The dialect's migration scripts (V001__name.sql, ...), in order.</summary>
    public abstract IReadOnlyList<(int Version, string Name, string Sql)> Scripts();

    /// <summary>A night starts (before its ingest).</summary>
    public virtual void RunStarting(ReconciliationStore store) { }

    /// <summary>A night's results are about to be written (the night has matched).</summary>
    public virtual void NightWriting(ReconciliationStore store) { }
}
