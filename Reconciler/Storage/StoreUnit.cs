using System.Data.Common;

namespace Reconciler.Storage;

/// <summary>
/// One all-or-nothing write: its own transaction, or a savepoint inside the dry run's transaction (so a failed
/// write there is undone alone). Disposed without <see cref="Commit"/>, it rolls back.
/// </summary>
internal sealed class StoreUnit : IDisposable
{
    private readonly ReconciliationStore _store;
    private readonly DbTransaction _transaction;
    private readonly string? _savepoint;
    private bool _done;

    public StoreUnit(ReconciliationStore store, DbConnection connection)
    {
        _store = store;
        if (store.Transaction is { } outer)
        {
            _transaction = outer;
            _savepoint = "unit_" + Guid.NewGuid().ToString("N")[..12];
            outer.Save(_savepoint);
        }
        else
        {
            _transaction = connection.BeginTransaction();
            store.Transaction = _transaction;
        }
    }

    public void Commit()
    {
        if (_savepoint is null) _transaction.Commit();
        _done = true;
    }

    public void Dispose()
    {
        if (_savepoint is null)
        {
            if (!_done) _transaction.Rollback();
            _transaction.Dispose();
            _store.Transaction = null;
        }
        else if (!_done)
        {
            _transaction.Rollback(_savepoint);
        }
    }
}
