using System.Data.Common;
using Microsoft.Data.Sqlite;
using Reconciler.Configuration;
using Reconciler.Storage.PostgreSql;
using Reconciler.Storage.Sqlite;
using Reconciler.Storage.SqlServer;

namespace Reconciler.Storage;

/// <summary>
/// Opens the configured store, migrated. A dry run on SQLite works on a throwaway copy of the file; on a server it
/// runs inside one transaction that is rolled back when the store is disposed, so nothing is committed either way.
/// </summary>
public static class StoreFactory
{
    private static readonly Dictionary<string, Func<StoreOptions, IReconciliationStore>> Providers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sqlite"] = OpenSqlite,
        ["SqlServer"] = o => OpenServer(o, c => new SqlServerStore(c)),
        ["PostgreSql"] = o => OpenServer(o, c => new PostgreSqlStore(c)),
    };

    public static IReadOnlyList<string> ProviderNames { get; } = ["Sqlite", "SqlServer", "PostgreSql"];

    public static IReconciliationStore Open(StoreOptions options) =>
        Providers.TryGetValue(options.Provider, out var open)
            ? open(options)
            : throw new ConfigurationError(
                $"unknown database provider '{options.Provider}' (--provider or Reconciler:Database:Provider); valid: {string.Join(", ", ProviderNames)}");

    private static IReconciliationStore OpenSqlite(StoreOptions options)
    {
        var path = options.SqlitePath ?? throw new ConfigurationError("the Sqlite provider needs a database file (--db or Reconciler:Database:Path)");
        var store = new SqliteStore(Path.GetFullPath(path), busyTimeoutSeconds: options.BusyTimeoutSeconds);
        try
        {
            store.Migrate();
            if (!options.DryRun) return store;
            var copyPath = Path.Combine(Path.GetTempPath(), $"reconciler-dry-run-{Guid.NewGuid():N}.db");
            using (var target = new SqliteConnection($"Data Source={copyPath};Pooling=False"))
            {
                target.Open();
                // The copy is thrown away when done, and a copy interrupted is no copy: it needs neither a journal nor the disk's word.
                using (var unguarded = target.CreateCommand())
                {
                    unguarded.CommandText = "PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF;";
                    unguarded.ExecuteNonQuery();
                }
                ((SqliteConnection)store.Connection).BackupDatabase(target);
            }
            store.Dispose();
            return new SqliteStore(copyPath, deleteOnDispose: true);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    private static IReconciliationStore OpenServer(StoreOptions options, Func<string, ReconciliationStore> create)
    {
        var connection = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
            throw new ConfigurationError(
                $"the {options.Provider} provider needs a connection string: --connection, Reconciler:Database:ConnectionString or RECONCILER_CONNECTION");
        ReconciliationStore store;
        try { store = create(connection); }
        catch (ArgumentException e) { throw new ConfigurationError($"the {options.Provider} connection string is not valid: {e.Message}"); }
        catch (DbException e)
        {
            throw new InvalidOperationException($"could not open the {options.Provider} database {ConnectionStrings.Redact(connection)}: {e.Message}");
        }
        try
        {
            store.Migrate();
            if (options.DryRun) store.BeginDryRun();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
