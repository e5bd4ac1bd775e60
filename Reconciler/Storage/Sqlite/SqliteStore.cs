using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Configuration;

namespace Reconciler.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file, written in WAL mode so readers never block the night.</summary>
public sealed partial class SqliteStore : IReconciliationStore
{
    private readonly SqliteConnection _connection;
    private readonly bool _deleteOnDispose;

    /// <param name="path">The database file; created when missing.</param>
    /// <param name="deleteOnDispose">A throwaway database (a dry run's copy) removed when disposed.</param>
    /// <param name="busyTimeoutSeconds">How long a statement waits for another process's write lock before failing.</param>
    public SqliteStore(string path, bool deleteOnDispose = false, int busyTimeoutSeconds = 30)
    {
        _deleteOnDispose = deleteOnDispose;
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"the database path {full} is a folder, not a file");
        PrivateFiles.CreateFolder(Path.GetDirectoryName(full)!);
        FilePath = full;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString());
        _connection.Open();
        // A new database gets 16 KB pages (SQLite's default is 4 KB): a night appends millions of rows to tables clustered on
        // text keys, and bigger pages mean fewer page splits and less B-tree work per row (1M night: commit 17.7/16.3 s with
        // 4 KB pages, 14.6/14.6 s with 16 KB). It must come before WAL mode; on an existing database it changes nothing.
        Execute($"PRAGMA page_size={PageSize};");
        Execute($"PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        // A night inserts and re-reads up to millions of rows through text-keyed indexes in one transaction: a 128 MB page
        // cache (the default is 2 MB) keeps index pages hot instead of spilling them to the WAL again and again, and sorts
        // and temporary indexes stay in memory instead of temporary files.
        Execute($"PRAGMA temp_store=MEMORY; PRAGMA cache_size={IngestCache};");
        // The database holds account numbers and amounts: its files are for their owner only.
        foreach (var suffix in new[] { "", "-wal", "-shm" }) PrivateFiles.Restrict(full + suffix);
    }

    // The page size of a new database (bytes), and the page cache sizes (negative: KiB). The ingest and the load read and
    // write through text-keyed indexes; the commit appends in key order and needs little (see ReleaseMemory).
    private const int PageSize = 16384;
    private const int IngestCache = -131072;
    private const int CommitCache = -16384;

    public string FilePath { get; }

    internal SqliteConnection Connection => _connection;

    public int Migrate() => SqliteMigrator.Migrate(_connection);

    public void StartRun(string runId, DateOnly asOf, string trigger, string rulesHash, DateTimeOffset at)
    {
        // A worker runs night after night on one store: each night's ingest gets the big cache back.
        Execute($"PRAGMA cache_size={IngestCache};");
        Execute("INSERT INTO runs(run_id, as_of, status, trigger, rules_hash, started_at) VALUES ($id, $asOf, 'running', $trigger, $hash, $at)",
            ("$id", runId), ("$asOf", Date(asOf)), ("$trigger", trigger), ("$hash", rulesHash), ("$at", Instant(at)));
    }

    public void FailRun(string runId, string message, DateTimeOffset at) =>
        Execute("UPDATE runs SET status = 'failed', message = $message, finished_at = $at WHERE run_id = $id AND status = 'running'",
            ("$id", runId), ("$message", message), ("$at", Instant(at)));

    public IReadOnlyList<RunRecord> Runs(int last)
    {
        using var command = Command("""
            SELECT run_id, as_of, status, trigger, started_at, finished_at, message, counts
            FROM runs ORDER BY started_at DESC, run_id DESC LIMIT $last
            """, ("$last", last));
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
        {
            runs.Add(new RunRecord(reader.GetString(0), ParseDate(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                ParseInstant(reader.GetString(4)), reader.IsDBNull(5) ? null : ParseInstant(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        }
        return runs;
    }

    /// <summary>
    /// Drops the page cache (up to 128 MB on a big night) while the night matches without the database, and gives the memory
    /// back to the system. From here to the next night the cache is small: the commit writes each table in its key's order,
    /// which appends (measured at 1M: about 120 MB off the commit's peak, the commit no slower).
    /// </summary>
    public void ReleaseMemory()
    {
        Execute($"PRAGMA cache_size={CommitCache}; PRAGMA shrink_memory;");
        NativeHeap.Trim();
    }

    public void Dispose()
    {
        _connection.Dispose();
        if (!_deleteOnDispose) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(FilePath + suffix);
    }

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new SqliteCommand(sql, _connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    internal void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    internal static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
