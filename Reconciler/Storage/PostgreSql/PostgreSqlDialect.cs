using System.Data.Common;
using Npgsql;

namespace Reconciler.Storage.PostgreSql;

/// <summary>
/// PostgreSQL (Npgsql): migrations under an advisory lock, rows written with binary COPY, upserts with ON CONFLICT (as
/// SQLite), row locks with FOR UPDATE, text keys ordered COLLATE "C" whatever the database's collation.
/// </summary>
internal sealed class PostgreSqlDialect(string connectionString) : SqlDialect
{
    public override string Name => "PostgreSql";

    public override string Ordinal => "COLLATE \"C\"";

    public override string LockSuffix => "FOR UPDATE";

    // The keys as one text[] parameter.
    public override string? KeyList(string parameter) => $"SELECT unnest({parameter})";

    public override object KeyListValue(IReadOnlyList<string> keys) => keys.ToArray();

    public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public override BulkRows BulkWriter(DbConnection connection, DbTransaction transaction, BulkTable table) =>
        new PostgreSqlCopy((NpgsqlConnection)connection, table);

    public override MigrationSql Migrations { get; } = new()
    {
        Lock = "SELECT pg_advisory_xact_lock(7240315001)",
        Exists = "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END",
        CreateTable = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
            """,
        Record = "INSERT INTO schema_migrations(version, name) VALUES (@version, @name)",
    };

    public override IReadOnlyList<(int Version, string Name, string Sql)> Scripts() => Migrator.Embedded(".PostgreSql.Migrations.");
}
