using Reconciler.Storage.Server;

namespace Reconciler.Storage.PostgreSql;

/// <summary>
/// Every statement the PostgreSQL store issues, by concern (this file: migrations and the run ledger). Text keys
/// are ordered COLLATE "C" so every database orders them as SQLite does, whatever its default collation.
/// </summary>
public static partial class PostgreSqlSql
{
    public static ServerSql All { get; } = new()
    {
        Migrations = Migrations, Runs = Runs, Imports = Imports, Night = Night, Results = Results, Explain = Explain,
        Stored = Stored, Decisions = Decisions, Locks = Locks,
    };

    private static MigrationSql Migrations => new()
    {
        Lock = "SELECT pg_advisory_xact_lock(7240315001)",
        Exists = "SELECT CASE WHEN to_regclass('schema_migrations') IS NULL THEN 0 ELSE 1 END",
        CreateTable = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
            """,
        Applied = "SELECT version FROM schema_migrations",
        Record = "INSERT INTO schema_migrations(version, name) VALUES (@version, @name)",
    };

    private static RunSql Runs => new()
    {
        Start = "INSERT INTO runs(run_id, as_of, status, trigger, rules_hash, started_at) VALUES (@id, @asOf, 'running', @trigger, @hash, @at)",
        Fail = "UPDATE runs SET status = 'failed', message = @message, finished_at = @at WHERE run_id = @id AND status = 'running'",
        List = """
            SELECT run_id, as_of, status, trigger, started_at, finished_at, message, counts
            FROM runs ORDER BY started_at DESC, run_id COLLATE "C" DESC LIMIT @last
            """,
        Supersede = "UPDATE runs SET status = 'superseded' WHERE as_of = @asOf AND status = 'completed' AND run_id <> @run",
        Complete = "UPDATE runs SET status = 'completed', finished_at = @at, counts = @counts WHERE run_id = @run",
    };

    private static ResultSql Results => new()
    {
        RegisterExceptions = """
            INSERT INTO exception_registry(exception_id, category, first_seen, last_seen)
            SELECT exception_id, category, first_seen, @asOf FROM exceptions WHERE run_id = @run
            ON CONFLICT (exception_id) DO UPDATE SET
                first_seen = LEAST(exception_registry.first_seen, excluded.first_seen),
                last_seen = GREATEST(exception_registry.last_seen, excluded.last_seen)
            """,
    };
}
