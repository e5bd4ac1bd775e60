using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Reconciler.Storage.Server;

namespace Reconciler.Storage.SqlServer;

/// <summary>
/// The store on SQL Server (Microsoft.Data.SqlClient): migrations under an application lock, results written with
/// SqlBulkCopy, upserts with MERGE. Every statement it issues is in <see cref="SqlServerSql"/>.
/// </summary>
public sealed class SqlServerStore(string connectionString)
    : ServerStore(new SqlConnection(connectionString), SqlServerSql.All, "SqlServer", connectionString)
{
    /// <summary>The embedded T-SQL migration scripts, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> MigrationScripts() => ServerMigrator.Embedded(".SqlServer.Migrations.");

    protected override IEnumerable<(int Version, string Name, string Sql)> Scripts() => MigrationScripts();

    protected override void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = new SqlParameter { ParameterName = name };
        switch (value)
        {
            case DateOnly date:
                parameter.SqlDbType = SqlDbType.Date;
                parameter.Value = date.ToDateTime(TimeOnly.MinValue);
                break;
            case string text:
                parameter.SqlDbType = SqlDbType.NVarChar;
                parameter.Size = text.Length <= 4000 ? 4000 : -1;
                parameter.Value = text;
                break;
            default:
                parameter.Value = value ?? DBNull.Value;
                break;
        }
        command.Parameters.Add(parameter);
    }

    protected override void BulkInsert(BulkTable table, IReadOnlyList<object?[]> rows, DbTransaction transaction)
    {
        using var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var (column, type) in table.Columns) data.Columns.Add(column, ClrType(type));
        foreach (var row in rows)
        {
            var values = new object[row.Length];
            for (var i = 0; i < row.Length; i++) values[i] = row[i] switch { null => DBNull.Value, DateOnly d => d.ToDateTime(TimeOnly.MinValue), var v => v };
            data.Rows.Add(values);
        }
        using var copy = new SqlBulkCopy((SqlConnection)Connection, SqlBulkCopyOptions.CheckConstraints, (SqlTransaction)transaction)
        {
            DestinationTableName = table.Name,
            BatchSize = 10_000,
            BulkCopyTimeout = 0,
        };
        foreach (var column in table.ColumnNames) copy.ColumnMappings.Add(column, column);
        copy.WriteToServer(data);
    }

    private static Type ClrType(BulkType type) => type switch
    {
        BulkType.Text => typeof(string),
        BulkType.Int => typeof(int),
        BulkType.BigInt => typeof(long),
        BulkType.Date => typeof(DateTime),
        BulkType.Bool => typeof(bool),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown column type"),
    };
}
