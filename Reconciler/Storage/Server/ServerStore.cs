using System.Data.Common;

namespace Reconciler.Storage.Server;

/// <summary>
/// The store on a server database (PostgreSQL, SQL Server): the SQLite store's behaviour over one connection,
/// with each dialect's statements in a <see cref="ServerSql"/>, bulk writes by the provider's bulk copy, and
/// every multi-statement write in one transaction. A dry run holds one outer transaction that is rolled back.
/// </summary>
public abstract partial class ServerStore : IReconciliationStore
{
    private readonly string _description;
    private DbTransaction? _dryRun;

    protected ServerStore(DbConnection connection, ServerSql sql, string provider, string connectionString)
    {
        Connection = connection;
        Sql = sql;
        _description = $"{provider} ({ConnectionStrings.Redact(connectionString)})";
        Connection.Open();
    }

    protected DbConnection Connection { get; }

    internal ServerSql Sql { get; }

    /// <summary>The transaction every command joins: a unit's, or the dry run's.</summary>
    internal DbTransaction? Transaction { get; set; }

    /// <summary>Where this store keeps its data, with any password redacted.</summary>
    public override string ToString() => _description;

    /// <summary>The dialect's migration scripts (V001__name.sql, ...), in order.</summary>
    protected abstract IEnumerable<(int Version, string Name, string Sql)> Scripts();

    /// <summary>Writes rows (values in the table's column order) inside <paramref name="transaction"/>.</summary>
    protected abstract void BulkInsert(BulkTable table, IReadOnlyList<object?[]> rows, DbTransaction transaction);

    /// <summary>Adds a parameter, converting values the provider does not take as they are.</summary>
    protected virtual void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    public int Migrate()
    {
        if (Transaction is not null) throw new InvalidOperationException("migrate before starting a dry run");
        return ServerMigrator.Migrate(this, Scripts());
    }

    /// <summary>From here until disposed, everything happens in one transaction that is rolled back: nothing is committed.</summary>
    public void BeginDryRun()
    {
        if (Transaction is not null) throw new InvalidOperationException("a dry run is already open");
        _dryRun = Connection.BeginTransaction();
        Transaction = _dryRun;
    }

    public void StartRun(string runId, DateOnly asOf, string trigger, string rulesHash, DateTimeOffset at) =>
        Execute(Sql.Runs.Start, ("@id", runId), ("@asOf", asOf), ("@trigger", trigger), ("@hash", rulesHash), ("@at", Instant(at)));

    public void FailRun(string runId, string message, DateTimeOffset at) =>
        Execute(Sql.Runs.Fail, ("@id", runId), ("@message", message), ("@at", Instant(at)));

    public IReadOnlyList<RunRecord> Runs(int last) => Read(Sql.Runs.List, r => new RunRecord(
        Text(r, 0), Date(r, 1), Text(r, 2), Text(r, 3), Instant(r, 4), r.IsDBNull(5) ? null : Instant(r, 5), NullableText(r, 6), NullableText(r, 7)),
        ("@last", last));

    public void Dispose()
    {
        if (_dryRun is not null)
        {
            _dryRun.Rollback();
            _dryRun.Dispose();
        }
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
