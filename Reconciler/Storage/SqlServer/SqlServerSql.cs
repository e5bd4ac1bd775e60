using Reconciler.Storage.Server;

namespace Reconciler.Storage.SqlServer;

/// <summary>
/// Every T-SQL statement the SQL Server store issues, by concern (this file: migrations and the run ledger).
/// A test parses each one (and each migration script) with TSql170Parser, since no server runs in CI.
/// </summary>
public static partial class SqlServerSql
{
    public static ServerSql All { get; } = new()
    {
        Migrations = Migrations, Runs = Runs, Imports = Imports, Night = Night, Results = Results, Explain = Explain,
        Stored = Stored, Decisions = Decisions, Locks = Locks,
    };

    private static MigrationSql Migrations => new()
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
        Applied = "SELECT version FROM schema_migrations;",
        Record = "INSERT INTO schema_migrations(version, name) VALUES (@version, @name);",
    };

    private static RunSql Runs => new()
    {
        Start = "INSERT INTO runs(run_id, as_of, status, [trigger], rules_hash, started_at) VALUES (@id, @asOf, 'running', @trigger, @hash, @at);",
        Fail = "UPDATE runs SET status = 'failed', message = @message, finished_at = @at WHERE run_id = @id AND status = 'running';",
        List = """
            SELECT TOP (@last) run_id, as_of, status, [trigger], started_at, finished_at, message, counts
            FROM runs ORDER BY started_at DESC, run_id DESC;
            """,
        Supersede = "UPDATE runs SET status = 'superseded' WHERE as_of = @asOf AND status = 'completed' AND run_id <> @run;",
        Complete = "UPDATE runs SET status = 'completed', finished_at = @at, counts = @counts WHERE run_id = @run;",
    };

    private static ResultSql Results => new()
    {
        RegisterExceptions = """
            MERGE exception_registry WITH (HOLDLOCK) AS target
            USING (SELECT exception_id, category, first_seen FROM exceptions WHERE run_id = @run) AS source
            ON target.exception_id = source.exception_id
            WHEN MATCHED THEN UPDATE SET
                first_seen = CASE WHEN source.first_seen < target.first_seen THEN source.first_seen ELSE target.first_seen END,
                last_seen = CASE WHEN @asOf > target.last_seen THEN @asOf ELSE target.last_seen END
            WHEN NOT MATCHED THEN INSERT (exception_id, category, first_seen, last_seen)
                VALUES (source.exception_id, source.category, source.first_seen, @asOf);
            """,
    };
}
