using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Configuration;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode (readers never block the night). Dates are stored as yyyy-MM-dd text
/// and instants as ISO 8601 UTC text; flags as 0/1; rows are written with multi-row prepared inserts (<see cref="BatchedInsert"/>).
/// </summary>
/// <param name="throwaway">A copy deleted when done (a dry run's): nothing in it has to survive a crash, so it never waits for the disk.</param>
internal sealed class SqliteDialect(string path, int busyTimeoutSeconds, bool throwaway = false) : SqlDialect
{
    // The page size of a new database (bytes), and the page cache sizes (negative: KiB). A night appends millions of rows to
    // tables clustered on text keys; bigger pages mean fewer page splits (1M night: commit 17.7/16.3 s with 4 KB pages,
    // 14.6/14.6 s with 16 KB). The ingest and the load read and write through text-keyed indexes and want a big cache; the
    // night's writing appends and needs little, so the cache is given back while the night matches.
    private const int PageSize = 16384;
    private const int IngestCache = -131072;
    private const int WritingCache = -16384;

    public override string Name => "Sqlite";

    public override string False => "0";

    public override DbConnection CreateConnection() => new SqliteConnection(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = busyTimeoutSeconds,
    }.ToString());

    public override void Opened(DbConnection connection)
    {
        // The page size must come before WAL mode; on an existing database it changes nothing.
        Execute(connection, $"PRAGMA page_size={PageSize};");
        Execute(connection, $"PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA journal_mode=WAL; PRAGMA synchronous={(throwaway ? "OFF" : "NORMAL")}; PRAGMA foreign_keys=ON;");
        Execute(connection, $"PRAGMA temp_store=MEMORY; PRAGMA cache_size={IngestCache};");
        // The database holds account numbers and amounts: its files are for their owner only.
        foreach (var suffix in new[] { "", "-wal", "-shm" }) PrivateFiles.Restrict(path + suffix);
    }

    // A JSON array of the keys, one text parameter: a statement of 500 parameters was prepared and bound for every 500 keys.
    public override string? KeyList(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override object KeyListValue(IReadOnlyList<string> keys) => System.Text.Json.JsonSerializer.Serialize(keys);

    public override DbParameter Parameter(DbCommand command, string name, object? value) => base.Parameter(command, name, value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        _ => value,
    });

    public override BulkRows BulkWriter(DbConnection connection, DbTransaction transaction, BulkTable table) =>
        new BatchedInsert((SqliteConnection)connection, (SqliteTransaction)transaction, table.Name, table.ColumnNames.ToList());

    public override MigrationSql Migrations { get; } = new()
    {
        // BEGIN IMMEDIATE (every store transaction) already locks the database for the migrator.
        Lock = "",
        Exists = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
        CreateTable = "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        Record = "INSERT INTO schema_migrations(version, name, applied_at) VALUES (@version, @name, datetime('now'))",
    };

    public override IReadOnlyList<(int Version, string Name, string Sql)> Scripts() => SqliteStore.MigrationScripts();

    /// <summary>A worker runs night after night on one store: each night's ingest gets the big cache back.</summary>
    public override void RunStarting(ReconciliationStore store) => store.Execute($"PRAGMA cache_size={IngestCache};");

    /// <summary>
    /// Drops the page cache (up to 128 MB on a big night) and gives the memory back to the system before the night writes:
    /// the writing appends in key order and needs little (measured at 1M: about 120 MB off the commit's peak, no slower).
    /// </summary>
    public override void NightWriting(ReconciliationStore store)
    {
        store.Execute($"PRAGMA cache_size={WritingCache}; PRAGMA shrink_memory;");
        NativeHeap.Trim();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
