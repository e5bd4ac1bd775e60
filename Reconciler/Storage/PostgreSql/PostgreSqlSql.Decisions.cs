using Reconciler.Storage.Server;

namespace Reconciler.Storage.PostgreSql;

public static partial class PostgreSqlSql
{
    private static DecisionSql Decisions => new()
    {
        InsertImport = """
            INSERT INTO decision_imports(content_hash, file_name, answers_as_of, imported_at, decisions) VALUES (@hash, @file, @asOf, @at, @count)
            ON CONFLICT (content_hash) DO NOTHING
            """,
        Insert = """
            INSERT INTO decisions(content_hash, exception_id, action, apply_to, note, sheet, row_number, category, source_kind, source_id, invoice_number)
            VALUES (@hash, @exception, @action, @applyTo, @note, @sheet, @row, @category, @sourceKind, @sourceId, @invoice)
            """,
        For = """
            SELECT d.exception_id, d.action, d.source_kind, d.source_id, d.invoice_number, d.apply_to, d.note, i.file_name, d.sheet, d.row_number
            FROM decisions d JOIN decision_imports i ON i.content_hash = d.content_hash
            WHERE i.answers_as_of < @asOf ORDER BY i.imported_at, d.decision_id
            """,
    };

    private static LockSql Locks => new()
    {
        Current = "SELECT ledger, holder, pid, host, acquired_at, heartbeat_at FROM run_locks WHERE ledger = @ledger FOR UPDATE",
        Insert = """
            INSERT INTO run_locks(ledger, holder, pid, host, acquired_at, heartbeat_at) VALUES (@ledger, @holder, @pid, @host, @at, @at)
            ON CONFLICT (ledger) DO NOTHING
            """,
        TakeOver = "UPDATE run_locks SET holder = @holder, pid = @pid, host = @host, acquired_at = @at, heartbeat_at = @at WHERE ledger = @ledger",
        Heartbeat = "UPDATE run_locks SET heartbeat_at = @at WHERE ledger = @ledger AND holder = @holder",
        Release = "DELETE FROM run_locks WHERE ledger = @ledger AND holder = @holder",
    };
}
