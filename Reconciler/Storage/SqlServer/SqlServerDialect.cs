using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reconciler.Storage.SqlServer;

/// <summary>
/// SQL Server (Microsoft.Data.SqlClient): migrations under an application lock, rows written with SqlBulkCopy, upserts
/// with MERGE (or INSERT ... WHERE NOT EXISTS under UPDLOCK, HOLDLOCK), OFFSET/FETCH for row limits, OUTPUT for new ids,
/// text keys ordered by code point (BIN2) as in SQLite.
/// </summary>
internal sealed class SqlServerDialect(string connectionString) : SqlDialect
{
    private const string Locked = "WITH (UPDLOCK, HOLDLOCK)";

    public override string Name => "SqlServer";

    public override string Ordinal => "COLLATE Latin1_General_100_BIN2";

    public override string False => "0";

    public override string LockHint => Locked;

    public override DbConnection CreateConnection() => new SqlConnection(connectionString);

    public override string Limit(string rows) => $"OFFSET 0 ROWS FETCH NEXT {rows} ROWS ONLY";

    public override string InsertIfAbsent(string table, string[] columns, string[] values, string[] key) => $"""
        INSERT INTO {table}({string.Join(", ", columns)})
        SELECT {string.Join(", ", values)}
        WHERE NOT EXISTS (SELECT 1 FROM {table} {Locked} WHERE {Match(columns, values, key)});
        """;

    public override string Upsert(string table, string[] columns, string[] values, string[] key, string[] update) => $"""
        MERGE {table} WITH (HOLDLOCK) AS target
        USING (SELECT {string.Join(", ", columns.Select((c, i) => $"{values[i]} AS {c}"))}) AS source
        ON {string.Join(" AND ", key.Select(k => $"target.{k} = source.{k}"))}
        WHEN MATCHED THEN UPDATE SET {string.Join(", ", update.Select(c => $"{c} = source.{c}"))}
        WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => $"source.{c}"))});
        """;

    public override string RegisterExceptions => """
        MERGE exception_registry WITH (HOLDLOCK) AS target
        USING (SELECT exception_id, category, first_seen FROM exceptions WHERE run_id = @run) AS source
        ON target.exception_id = source.exception_id
        WHEN MATCHED THEN UPDATE SET
            first_seen = CASE WHEN source.first_seen < target.first_seen THEN source.first_seen ELSE target.first_seen END,
            last_seen = CASE WHEN @asOf > target.last_seen THEN @asOf ELSE target.last_seen END
        WHEN NOT MATCHED THEN INSERT (exception_id, category, first_seen, last_seen)
            VALUES (source.exception_id, source.category, source.first_seen, @asOf);
        """;

    public override string InsertReturning(string table, string[] columns, string[] values, string id) =>
        $"INSERT INTO {table}({string.Join(", ", columns)}) OUTPUT INSERTED.{id} VALUES ({string.Join(", ", values)})";

    public override DbParameter Parameter(DbCommand command, string name, object? value)
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
        return parameter;
    }

    public override BulkRows BulkWriter(DbConnection connection, DbTransaction transaction, BulkTable table) =>
        new SqlServerBulkCopy((SqlConnection)connection, (SqlTransaction)transaction, table);

    public override MigrationSql Migrations { get; } = new()
    {
        Lock = """
            DECLARE @result INT;
            EXEC @result = sp_getapplock @Resource = N'reconciler-schema-migrations', @LockMode = N'Exclusive',
                @LockOwner = N'Transaction', @LockTimeout = 120000;
            IF @result < 0 THROW 50001, N'could not take the schema migration lock', 1;
            """,
        Exists = "SELECT CASE WHEN OBJECT_ID(N'schema_migrations', N'U') IS NULL THEN 0 ELSE 1 END;",
        CreateTable = """
            IF OBJECT_ID(N'schema_migrations', N'U') IS NULL
                CREATE TABLE schema_migrations (
                    version INT NOT NULL PRIMARY KEY, name NVARCHAR(200) NOT NULL,
                    applied_at DATETIMEOFFSET(3) NOT NULL DEFAULT SYSDATETIMEOFFSET());
            """,
        Record = "INSERT INTO schema_migrations(version, name) VALUES (@version, @name);",
    };

    public override IReadOnlyList<(int Version, string Name, string Sql)> Scripts() => MigrationScripts();

    /// <summary>The embedded T-SQL migration scripts, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> MigrationScripts() => Migrator.Embedded(".SqlServer.Migrations.");

    private static string Match(string[] columns, string[] values, string[] key) =>
        string.Join(" AND ", key.Select(k => $"{k} = {values[Array.IndexOf(columns, k)]}"));
}
