using Reconciler.Storage.Server;

namespace Reconciler.Storage.PostgreSql;

public static partial class PostgreSqlSql
{
    private static NightSql Night => new()
    {
        Lines = LastPosition + """
            SELECT t.line_id, t.account, t.booking_date, t.value_date, t.amount_x4, t.currency, t.type_code, t.bank_ref,
                   t.customer_ref, t.counterparty, t.remittance, t.refs, t.reversal, t.items, t.location, i.file_name,
                   COALESCE(p.remaining_x4, t.amount_x4), i.as_of
            FROM bank_transactions t
            JOIN imports i ON i.import_id = t.import_id
            LEFT JOIN last_position p ON p.source_id = t.line_id AND p.rn = 1
            WHERE i.status = 'ingested' AND t.status = 'booked' AND (
                (NOT @debits AND i.as_of <= @asOf AND t.amount_x4 > 0 AND COALESCE(p.remaining_x4, t.amount_x4) > 0)
                OR (@debits AND i.as_of = @asOf AND t.amount_x4 < 0))
            ORDER BY t.line_id COLLATE "C"
            """,
        OutstandingItems = LastPosition + """
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it.text, it.claim, it.location,
                   b.kind, b.batch_id, COALESCE(b.batch_date, i.as_of), b.currency, i.file_name, COALESCE(p.remaining_x4, it.gross_x4)
            FROM payment_items it
            JOIN payment_batches b ON b.batch_key = it.batch_key
            JOIN imports i ON i.import_id = b.import_id
            LEFT JOIN last_position p ON p.source_id = it.item_key AND p.rn = 1
            WHERE i.status = 'ingested' AND i.as_of <= @asOf AND (p.remaining_x4 IS NULL OR p.remaining_x4 <> 0)
            ORDER BY it.item_key COLLATE "C"
            """,
        UnsettledBatches = """
            SELECT b.batch_key, b.kind, b.batch_id, b.batch_date, b.amount_x4, b.currency, b.trace, b.payer, b.location, b.method,
                   it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it.text
            FROM payment_batches b
            JOIN imports i ON i.import_id = b.import_id
            LEFT JOIN payment_items it ON it.batch_key = b.batch_key
            WHERE i.status = 'ingested' AND i.as_of <= @asOf AND b.kind <> 'pending'
              AND NOT EXISTS (SELECT 1 FROM settlements s JOIN runs r ON r.run_id = s.run_id
                              WHERE r.status = 'completed' AND r.as_of < @asOf AND s.batch_key = b.batch_key)
            ORDER BY b.batch_key COLLATE "C", it.ordinal
            """,
        PriorPayments = """
            SELECT a.invoice_number, a.applied_x4, COALESCE(a.cash_date, r.as_of), a.source_id FROM applications a JOIN runs r ON r.run_id = a.run_id
            WHERE r.status = 'completed' AND r.as_of < @asOf AND a.source_kind <> 'adjustment'
            ORDER BY r.as_of, a.application_id
            """,
        PreviousOpenItems = $"""
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4 FROM open_item_snapshots
            WHERE run_id = {PreviousRun}
            ORDER BY invoice_number COLLATE "C"
            """,
        PreviousBalances = $"""
            WITH applied AS (SELECT invoice_number, SUM(applied_x4)::BIGINT AS total FROM applications
                             WHERE run_id = {PreviousRun} GROUP BY invoice_number)
            SELECT s.invoice_number, COALESCE(s.export_open_x4, s.open_x4), s.open_x4 - COALESCE(a.total, 0)
            FROM open_item_snapshots s LEFT JOIN applied a ON a.invoice_number = s.invoice_number
            WHERE s.run_id = {PreviousRun}
            """,
        FirstSeen = "SELECT exception_id, first_seen FROM exception_registry WHERE first_seen < @asOf",
        PreviousExceptions = $"""
            SELECT category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4, expected_x4, currency,
                   first_seen, description, suggested_action, candidates
            FROM exceptions WHERE run_id = {PreviousRun}
            ORDER BY exception_id COLLATE "C"
            """,
    };
}
