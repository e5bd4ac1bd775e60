using Reconciler.Storage.Server;

namespace Reconciler.Storage.SqlServer;

public static partial class SqlServerSql
{
    private static DecisionSql Decisions => new()
    {
        InsertImport = """
            INSERT INTO decision_imports(content_hash, file_name, answers_as_of, imported_at, decisions)
            SELECT @hash, @file, @asOf, @at, @count
            WHERE NOT EXISTS (SELECT 1 FROM decision_imports WITH (UPDLOCK, HOLDLOCK) WHERE content_hash = @hash);
            """,
        Insert = """
            INSERT INTO decisions(content_hash, exception_id, action, apply_to, note, sheet, [row_number], category, source_kind, source_id, invoice_number)
            VALUES (@hash, @exception, @action, @applyTo, @note, @sheet, @row, @category, @sourceKind, @sourceId, @invoice);
            """,
        For = """
            SELECT d.exception_id, d.action, d.source_kind, d.source_id, d.invoice_number, d.apply_to, d.note, i.file_name, d.sheet, d.[row_number]
            FROM decisions d JOIN decision_imports i ON i.content_hash = d.content_hash
            WHERE i.answers_as_of < @asOf ORDER BY i.imported_at, d.decision_id;
            """,
    };

    /// <summary>UPDLOCK + HOLDLOCK lock the ledger's key (or the gap where it would be) until the transaction ends.</summary>
    private static LockSql Locks => new()
    {
        Current = "SELECT ledger, holder, pid, host, acquired_at, heartbeat_at FROM run_locks WITH (UPDLOCK, HOLDLOCK) WHERE ledger = @ledger;",
        Insert = """
            INSERT INTO run_locks(ledger, holder, pid, host, acquired_at, heartbeat_at)
            SELECT @ledger, @holder, @pid, @host, @at, @at
            WHERE NOT EXISTS (SELECT 1 FROM run_locks WITH (UPDLOCK, HOLDLOCK) WHERE ledger = @ledger);
            """,
        TakeOver = "UPDATE run_locks SET holder = @holder, pid = @pid, host = @host, acquired_at = @at, heartbeat_at = @at WHERE ledger = @ledger;",
        Heartbeat = "UPDATE run_locks SET heartbeat_at = @at WHERE ledger = @ledger AND holder = @holder;",
        Release = "DELETE FROM run_locks WHERE ledger = @ledger AND holder = @holder;",
    };
}
