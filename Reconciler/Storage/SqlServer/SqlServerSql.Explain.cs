using Reconciler.Storage.Server;

namespace Reconciler.Storage.SqlServer;

public static partial class SqlServerSql
{
    private static ExplainSql Explain => new()
    {
        Exception = """
            SELECT TOP (1) e.exception_id, e.category, e.source_kind, e.source_id, e.invoice_number, e.first_seen, r.as_of, e.description, e.suggested_action, e.candidates
            FROM exceptions e JOIN runs r ON r.run_id = e.run_id WHERE e.exception_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """,
        ExceptionSource = "SELECT TOP (1) source_id FROM exceptions WHERE exception_id = @id",
        BankLine = """
            SELECT t.line_id, i.file_name, t.location, t.booking_date, t.amount_x4, t.currency, t.status, t.counterparty, t.remittance, t.customer_ref, t.bank_ref
            FROM bank_transactions t JOIN imports i ON i.import_id = t.import_id WHERE t.line_id = @id
            """,
        PaymentItem = """
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, b.kind, b.batch_id, i.file_name
            FROM payment_items it JOIN payment_batches b ON b.batch_key = it.batch_key JOIN imports i ON i.import_id = b.import_id
            WHERE it.item_key = @id OR it.item_id = @id
            """,
        ItemKey = "SELECT TOP (1) item_key FROM payment_items WHERE item_key = @id OR item_id = @id",
        Invoice = """
            SELECT s.invoice_number, s.customer_id, s.customer_name, s.due_date, s.amount_x4, s.open_x4, s.currency, r.as_of
            FROM open_item_snapshots s JOIN runs r ON r.run_id = s.run_id WHERE s.invoice_number = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """,
        InvoiceExceptions = """
            SELECT e.exception_id, e.category, r.as_of, e.description FROM exceptions e JOIN runs r ON r.run_id = e.run_id
            WHERE e.invoice_number = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """,
        Decisions = """
            SELECT r.as_of, d.step, d.[rule], d.outcome, d.detail FROM decision_trail d JOIN runs r ON r.run_id = d.run_id
            WHERE d.source_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC, d.step
            """,
        Applications = """
            SELECT r.as_of, a.source_kind, a.source_id, a.invoice_number, a.applied_x4, a.currency, a.[rule], a.confidence, a.explanation
            FROM applications a JOIN runs r ON r.run_id = a.run_id
            WHERE r.status = 'completed' AND ((@byInvoice = 1 AND a.invoice_number = @id) OR (@byInvoice = 0 AND a.source_id = @id))
            ORDER BY r.as_of DESC, a.application_id
            """,
        Settlements = """
            SELECT r.as_of, s.batch_kind, s.batch_id, s.bank_x4, s.batch_x4, s.status, s.explanation FROM settlements s JOIN runs r ON r.run_id = s.run_id
            WHERE s.bank_line_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """,
        SourceExceptions = """
            SELECT e.exception_id, e.category, r.as_of, e.description FROM exceptions e JOIN runs r ON r.run_id = e.run_id
            WHERE e.source_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """,
    };
}
