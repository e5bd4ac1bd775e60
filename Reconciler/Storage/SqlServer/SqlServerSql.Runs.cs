using Reconciler.Storage.Server;

namespace Reconciler.Storage.SqlServer;

public static partial class SqlServerSql
{
    /// <summary>The latest completed night.</summary>
    private const string LatestRun =
        "(SELECT TOP (1) run_id FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC)";

    private static StoredRunSql Stored => new()
    {
        LatestAsOf = "SELECT TOP (1) as_of FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC;",
        LatestExceptions = $"""
            SELECT exception_id, category, source_kind, source_id, invoice_number, amount_x4, currency
            FROM exceptions WHERE run_id = {LatestRun} ORDER BY exception_id;
            """,
        LatestOpenBalances = $"""
            SELECT s.invoice_number, s.open_x4 - COALESCE((SELECT SUM(a.applied_x4) FROM applications a
                                                          WHERE a.run_id = s.run_id AND a.invoice_number = s.invoice_number), 0)
            FROM open_item_snapshots s WHERE s.run_id = {LatestRun};
            """,
        Inputs = """
            SELECT i.file_name, i.format, i.records, ri.outcome, i.problems FROM run_inputs ri JOIN imports i ON i.import_id = ri.import_id
            WHERE ri.run_id = @run ORDER BY i.file_name COLLATE Latin1_General_100_BIN2;
            """,
        OpenItems = """
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4, COALESCE(export_open_x4, open_x4)
            FROM open_item_snapshots WHERE run_id = @run ORDER BY invoice_number;
            """,
        Applications = """
            SELECT source_kind, source_id, source_file, invoice_number, customer_id, applied_x4, currency, [rule], confidence, explanation, cash_date
            FROM applications WHERE run_id = @run ORDER BY application_id;
            """,
        Settlements = """
            SELECT bank_line_id, bank_x4, currency, batch_kind, batch_id, batch_x4, status, [rule], batch_key, explanation
            FROM settlements WHERE run_id = @run ORDER BY settlement_id;
            """,
        Positions = "SELECT source_id, remaining_x4 FROM cash_positions WHERE run_id = @run;",
        Exceptions = """
            SELECT category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4, expected_x4, currency,
                   first_seen, description, suggested_action, candidates
            FROM exceptions WHERE run_id = @run
            ORDER BY exception_id;
            """,
    };
}
