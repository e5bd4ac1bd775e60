using System.Data.Common;

namespace Reconciler.Storage;

/// <summary>
/// The store, written once over ADO.NET for every database: each statement is here, with the few pieces that differ
/// (upserts, row limits, locks, generated ids, bulk writes, migrations) from the database's <see cref="SqlDialect"/>.
/// Every multi-statement write is one transaction. A dry run holds one outer transaction that is rolled back.
/// </summary>
public partial class ReconciliationStore : IReconciliationStore
{
    private readonly string _description;
    private DbTransaction? _dryRun;

    public ReconciliationStore(SqlDialect dialect, string description)
    {
        Dialect = dialect;
        _description = description;
        Connection = dialect.CreateConnection();
        try
        {
            Connection.Open();
            dialect.Opened(Connection);
        }
        catch
        {
            Connection.Dispose();
            throw;
        }
    }

    internal SqlDialect Dialect { get; }

    internal DbConnection Connection { get; }

    /// <summary>The transaction every command joins: a unit's, or the dry run's.</summary>
    internal DbTransaction? Transaction { get; set; }

    /// <summary>Where this store keeps its data, with any password redacted.</summary>
    public override string ToString() => _description;

    public int Migrate()
    {
        if (Transaction is not null) throw new InvalidOperationException("migrate before starting a dry run");
        return Migrator.Migrate(this, Dialect);
    }

    /// <summary>From here until disposed, everything happens in one transaction that is rolled back: nothing is committed.</summary>
    public void BeginDryRun()
    {
        if (Transaction is not null) throw new InvalidOperationException("a dry run is already open");
        _dryRun = Connection.BeginTransaction();
        Transaction = _dryRun;
    }

    public void Dispose()
    {
        if (_dryRun is not null)
        {
            _dryRun.Rollback();
            _dryRun.Dispose();
        }
        Connection.Dispose();
        Disposed();
        GC.SuppressFinalize(this);
    }

    /// <summary>After the connection is closed (a throwaway SQLite copy deletes its file).</summary>
    protected virtual void Disposed() { }
}
