using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Reconciler.Storage.Sqlite;

/// <summary>The store on one SQLite file (created when missing): <see cref="ReconciliationStore"/> with the SQLite dialect.</summary>
public sealed class SqliteStore : ReconciliationStore
{
    private readonly bool _deleteOnDispose;

    /// <param name="path">The database file; created when missing.</param>
    /// <param name="deleteOnDispose">A throwaway database (a dry run's copy) removed when disposed.</param>
    /// <param name="busyTimeoutSeconds">How long a statement waits for another process's write lock before failing.</param>
    public SqliteStore(string path, bool deleteOnDispose = false, int busyTimeoutSeconds = 30)
        : base(new SqliteDialect(Prepare(path), busyTimeoutSeconds, throwaway: deleteOnDispose), $"Sqlite ({Path.GetFullPath(path)})")
    {
        _deleteOnDispose = deleteOnDispose;
        FilePath = Path.GetFullPath(path);
    }

    public string FilePath { get; }

    internal new SqliteConnection Connection => (SqliteConnection)base.Connection;

    /// <summary>The embedded SQLite migration scripts, in order.</summary>
    internal static IReadOnlyList<(int Version, string Name, string Sql)> MigrationScripts() => Migrator.Embedded(".Sqlite.Migrations.");

    /// <summary>A date as SQLite keeps it.</summary>
    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override void Disposed()
    {
        if (!_deleteOnDispose) return;
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(FilePath + suffix);
    }

    private static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"the database path {full} is a folder, not a file");
        Configuration.PrivateFiles.CreateFolder(Path.GetDirectoryName(full)!);
        return full;
    }
}
