namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    public Explanation? Explain(string id)
    {
        var exception = Read($"""
            SELECT e.exception_id, e.category, e.source_kind, e.source_id, e.invoice_number, e.first_seen, r.as_of, e.description, e.suggested_action, e.candidates
            FROM exceptions e JOIN runs r ON r.run_id = e.run_id WHERE e.exception_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC {Dialect.Limit("1")}
            """, r => new ExceptionFacts(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), NullableText(r, 4), Date(r, 5), Date(r, 6), Text(r, 7), Text(r, 8),
            NullableText(r, 9)), ("@id", id));
        if (exception.Count > 0) return new Explanation { Id = id, Exception = exception[0], Source = Explain(exception[0].SourceId) };

        var lines = Read("""
            SELECT t.line_id, i.file_name, t.location, t.booking_date, t.amount_x4, t.currency, t.status, t.counterparty, t.remittance, t.customer_ref, t.bank_ref
            FROM bank_transactions t JOIN imports i ON i.import_id = t.import_id WHERE t.line_id = @id
            """, r => new BankLineFacts(Text(r, 0), Text(r, 1), NullableText(r, 2), Date(r, 3), Amount(r, 4), Text(r, 5), Text(r, 6), NullableText(r, 7),
            NullableText(r, 8), NullableText(r, 9), NullableText(r, 10)), ("@id", id));
        var items = Read($"""
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, b.kind, b.batch_id, i.file_name
            FROM payment_items it JOIN payment_batches b ON b.batch_key = it.batch_key JOIN imports i ON i.import_id = b.import_id
            WHERE it.item_key = @id OR it.item_id = @id ORDER BY it.item_key {Ordinal}
            """, r => new PaymentItemFacts(Text(r, 0), Text(r, 1), Text(r, 2), Amount(r, 3), Amount(r, 4), NullableText(r, 5), Text(r, 6), Text(r, 7),
            Text(r, 8)), ("@id", id));
        if (lines.Count > 0 || items.Count > 0)
        {
            var source = lines.Count > 0 ? id : items[0].ItemKey;
            return new Explanation
            {
                Id = id, BankLines = lines, PaymentItems = items, Trail = Trail(source), Applications = Applications(byInvoice: false, source),
                Settlements = Settlements(source), Exceptions = Exceptions("source_id", source),
            };
        }

        var nights = Read("""
            SELECT r.as_of, s.invoice_number, s.customer_id, s.customer_name, s.due_date, s.amount_x4, s.open_x4, s.currency
            FROM open_item_snapshots s JOIN runs r ON r.run_id = s.run_id WHERE s.invoice_number = @id AND r.status = 'completed' ORDER BY r.as_of DESC
            """, r => new InvoiceNight(Date(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Date(r, 4), Amount(r, 5), Amount(r, 6), Text(r, 7)), ("@id", id));
        return nights.Count == 0 ? null
            : new Explanation { Id = id, InvoiceNights = nights, Applications = Applications(byInvoice: true, id), Exceptions = Exceptions("invoice_number", id) };
    }

    internal List<TrailStepFacts> Trail(string source) => Read("""
        SELECT r.as_of, d.step, d."rule", d.outcome, d.detail FROM decision_trail d JOIN runs r ON r.run_id = d.run_id
        WHERE d.source_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC, d.step
        """, r => new TrailStepFacts(Date(r, 0), (int)Long(r, 1), Text(r, 2), Text(r, 3), Text(r, 4)), ("@id", source));

    internal List<ApplicationFacts> Applications(bool byInvoice, string id) => Read("""
        SELECT r.as_of, a.source_kind, a.source_id, a.invoice_number, a.applied_x4, a.currency, a."rule", a.confidence, a.explanation
        FROM applications a JOIN runs r ON r.run_id = a.run_id
        WHERE r.status = 'completed' AND ((@byInvoice = 1 AND a.invoice_number = @id) OR (@byInvoice = 0 AND a.source_id = @id))
        ORDER BY r.as_of DESC, a.application_id
        """, r => new ApplicationFacts(Date(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Amount(r, 4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8)),
        ("@id", id), ("@byInvoice", byInvoice ? 1 : 0));

    internal List<SettlementFacts> Settlements(string source) => Read("""
        SELECT r.as_of, s.batch_kind, s.batch_id, s.bank_x4, s.batch_x4, s.status, s.explanation FROM settlements s JOIN runs r ON r.run_id = s.run_id
        WHERE s.bank_line_id = @id AND r.status = 'completed' ORDER BY r.as_of DESC
        """, r => new SettlementFacts(Date(r, 0), Text(r, 1), Text(r, 2), Amount(r, 3), Amount(r, 4), Text(r, 5), NullableText(r, 6)), ("@id", source));

    /// <summary>The exceptions completed nights raised whose <paramref name="column"/> (source_id or invoice_number) is the id.</summary>
    internal List<ExceptionNight> Exceptions(string column, string id) => Read($"""
        SELECT r.as_of, e.exception_id, e.category, e.description FROM exceptions e JOIN runs r ON r.run_id = e.run_id
        WHERE e.{column} = @id AND r.status = 'completed' ORDER BY r.as_of DESC
        """, r => new ExceptionNight(Date(r, 0), Text(r, 1), Text(r, 2), Text(r, 3)), ("@id", id));
}
