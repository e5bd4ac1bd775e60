using System.Text.Json;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// Joins, as <c>p</c>, the position the latest completed night before <c>$asOf</c> that considered the source left it at
    /// (none when no earlier night did). The night is found per source through ix_cash_positions_source among the few nights
    /// that considered it, so a load costs the same however many nights the database holds; it used to rank every position
    /// of every completed night on each load.
    /// </summary>
    private static string LastPositionJoin(string source) => $"""
        LEFT JOIN cash_positions p ON p.source_id = {source} AND p.run_id = (
            SELECT cp.run_id FROM cash_positions cp JOIN runs r ON r.run_id = cp.run_id
            WHERE cp.source_id = {source} AND r.status = 'completed' AND r.as_of < $asOf
            ORDER BY r.as_of DESC, r.finished_at DESC LIMIT 1)
        """;

    public IReadOnlyList<OutstandingItem> LoadOutstandingItems(DateOnly asOf)
    {
        using var rows = new RawRows(_connection, $"""
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it.text, it.claim, it.location,
                   b.kind, b.batch_id, COALESCE(b.batch_date, i.as_of), b.currency, i.file_name, COALESCE(p.remaining_x4, it.gross_x4)
            FROM payment_items it
            JOIN payment_batches b ON b.batch_key = it.batch_key
            JOIN imports i ON i.import_id = b.import_id
            {LastPositionJoin("it.item_key")}
            WHERE i.status = 'ingested' AND i.as_of <= $asOf AND (p.remaining_x4 IS NULL OR p.remaining_x4 <> 0)
            ORDER BY it.item_key
            """, ("$asOf", Date(asOf)));
        var items = new List<OutstandingItem>();
        while (rows.Read())
        {
            var item = new PaymentItem
            {
                Id = rows.Text(1),
                Kind = rows.Shared(2),
                Gross = rows.Amount(3),
                Fee = rows.Amount(4),
                InvoiceReference = rows.NullableText(5),
                Customer = rows.NullableShared(6),
                Text = rows.NullableText(7),
                Claim = rows.Json<ClaimPayment>(8),
                Location = rows.Location(9),
            };
            items.Add(new OutstandingItem(rows.Text(0), item, rows.Shared(10), rows.Shared(11), rows.Date(12), rows.Shared(13), rows.Shared(14), rows.Amount(15)));
        }
        return items;
    }

    public IReadOnlyList<NightBatch> LoadUnsettledBatches(DateOnly asOf)
    {
        using var rows = new RawRows(_connection, """
            SELECT b.batch_key, b.kind, b.batch_id, b.batch_date, b.amount_x4, b.currency, b.trace, b.payer, b.location, b.method,
                   it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it.text
            FROM payment_batches b
            JOIN imports i ON i.import_id = b.import_id
            LEFT JOIN payment_items it ON it.batch_key = b.batch_key
            WHERE i.status = 'ingested' AND i.as_of <= $asOf AND b.kind <> 'pending'
              AND NOT EXISTS (SELECT 1 FROM settlements s JOIN runs r ON r.run_id = s.run_id
                              WHERE r.status = 'completed' AND r.as_of < $asOf AND s.batch_key = b.batch_key)
            ORDER BY b.batch_key, it.ordinal
            """, ("$asOf", Date(asOf)));
        var batches = new List<(string Key, PaymentBatch Batch, List<PaymentItem> Items)>();
        while (rows.Read())
        {
            // A batch is on as many rows as it has items: its key is compared in place, and read once.
            if (batches.Count == 0 || !rows.TextIs(0, batches[^1].Key))
            {
                var key = rows.Text(0);
                var items = new List<PaymentItem>();
                batches.Add((key, new PaymentBatch
                {
                    Kind = rows.Shared(1),
                    Id = rows.Text(2),
                    Date = rows.NullableDate(3),
                    Amount = rows.Amount(4),
                    Currency = rows.Shared(5),
                    Trace = rows.NullableText(6),
                    Payer = rows.NullableText(7),
                    Location = rows.NullableText(8),
                    Method = rows.NullableShared(9),
                    Items = items,
                }, items));
            }
            if (rows.IsNull(10)) continue;
            batches[^1].Items.Add(new PaymentItem
            {
                Id = rows.Text(10), Kind = rows.Shared(11), Gross = rows.Amount(12), Fee = rows.Amount(13),
                // A payer repeats across a batch's items (an 835's payer on every claim), as the outstanding items' query shares it.
                InvoiceReference = rows.NullableText(14), Customer = rows.NullableShared(15), Text = rows.NullableText(16),
            });
        }
        return batches.Select(b => new NightBatch(b.Key, b.Batch)).ToList();
    }

    public IReadOnlyList<PriorPayment> PriorPayments(DateOnly asOf)
    {
        using var rows = new RawRows(_connection, """
            SELECT a.invoice_number, a.applied_x4, COALESCE(a.cash_date, r.as_of), a.source_id FROM applications a JOIN runs r ON r.run_id = a.run_id
            WHERE r.status = 'completed' AND r.as_of < $asOf AND a.source_kind <> 'adjustment'
            ORDER BY r.as_of, a.application_id
            """, ("$asOf", Date(asOf)));
        var payments = new List<PriorPayment>();
        while (rows.Read()) payments.Add(new PriorPayment(rows.Text(0), rows.Amount(1), rows.Date(2), rows.Text(3)));
        return payments;
    }

    public IReadOnlyList<OpenItem> PreviousOpenItems(DateOnly asOf)
    {
        using var rows = new RawRows(_connection, """
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4 FROM open_item_snapshots
            WHERE run_id = (SELECT run_id FROM runs WHERE status = 'completed' AND as_of < $asOf ORDER BY as_of DESC, finished_at DESC LIMIT 1)
            ORDER BY invoice_number
            """, ("$asOf", Date(asOf)));
        var items = new List<OpenItem>();
        while (rows.Read())
            items.Add(new OpenItem(rows.Text(0), rows.Text(1), rows.Text(2), rows.Date(3), rows.Date(4), rows.Shared(5), rows.Amount(6), rows.Amount(7)));
        return items;
    }

}
