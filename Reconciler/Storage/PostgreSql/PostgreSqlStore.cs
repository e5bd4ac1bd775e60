using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Reconciler.Storage.Server;

namespace Reconciler.Storage.PostgreSql;

/// <summary>
/// The store on PostgreSQL (Npgsql): migrations under an advisory lock, results written with binary COPY, upserts
/// with ON CONFLICT. Needs a database it may create tables in on first start (or one migrated by an owner).
/// </summary>
public sealed class PostgreSqlStore(string connectionString)
    : ServerStore(new NpgsqlConnection(connectionString), PostgreSqlSql.All, "PostgreSql", connectionString)
{
    protected override IEnumerable<(int Version, string Name, string Sql)> Scripts() => ServerMigrator.Embedded(".PostgreSql.Migrations.");

    protected override void BulkInsert(BulkTable table, IReadOnlyList<object?[]> rows, DbTransaction transaction)
    {
        var connection = (NpgsqlConnection)Connection;
        using var importer = connection.BeginBinaryImport($"COPY {table.Name} ({string.Join(", ", table.ColumnNames)}) FROM STDIN (FORMAT BINARY)");
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
            case BulkType.Int: importer.Write(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer); break;
            case BulkType.BigInt: importer.Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint); break;
            case BulkType.Date: importer.Write((DateOnly)value, NpgsqlDbType.Date); break;
            case BulkType.Bool: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "unknown column type");
        }
    }
}
