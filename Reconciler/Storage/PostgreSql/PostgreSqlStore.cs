namespace Reconciler.Storage.PostgreSql;

/// <summary>
/// The store on PostgreSQL: <see cref="ReconciliationStore"/> with the PostgreSQL dialect. Needs a database it may create
/// tables in on first start (or one migrated by an owner).
/// </summary>
public sealed class PostgreSqlStore(string connectionString)
    : ReconciliationStore(new PostgreSqlDialect(connectionString), $"PostgreSql ({ConnectionStrings.Redact(connectionString)})");
