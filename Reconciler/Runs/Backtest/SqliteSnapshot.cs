using Reconciler.Storage;
using Reconciler.Storage.Sqlite;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// A second store on a SQLite file that sees it as it is when opened, whatever is committed afterwards: a read transaction,
/// which in WAL mode keeps its snapshot and never blocks the writer. It writes nothing.
/// </summary>
public static class SqliteSnapshot
{
    public static IReconciliationStore Open(string path)
    {
        var store = new SqliteStore(path);
        try
        {
            // Deferred: a read, not the write lock the store's own transactions take. The snapshot is taken by its first read.
            store.Transaction = store.Connection.BeginTransaction(deferred: true);
            _ = store.Runs(1);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
