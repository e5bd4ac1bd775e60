using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

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

    public override DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public override void BulkInsert(DbConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<object?[]> rows)
    {
        using var importer = ((NpgsqlConnection)connection).BeginBinaryImport(
            $"COPY {table.Name} ({string.Join(", ", table.ColumnNames)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            for (var c = 0; c < table.Columns.Count; c++) Write(importer, row[c], table.Columns[c].Type);
        }
        importer.Complete();
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, BulkType type)
    {
        if (value is null or DBNull)
        {
            importer.WriteNull();
            return;
        }
        switch (type)
        {
            case BulkType.Text: importer.Write((string)value, NpgsqlDbType.Text); break;
            case BulkType.Int: importer.Write(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
            case BulkType.BigInt: importer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
            case BulkType.Date: importer.Write((DateOnly)value, NpgsqlDbType.Date); break;
            case BulkType.Bool: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "unknown column type");
        }
    }

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
