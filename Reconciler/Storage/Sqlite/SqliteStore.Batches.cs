using System.Text.Json;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private const string LastPosition = """
        WITH last_position AS (
            SELECT cp.source_id, cp.remaining_x4,
                   ROW_NUMBER() OVER (PARTITION BY cp.source_id ORDER BY r.as_of DESC, r.finished_at DESC) AS rn
            FROM cash_positions cp JOIN runs r ON r.run_id = cp.run_id
            WHERE r.status = 'completed' AND r.as_of < $asOf)
        """;

    public IReadOnlyList<OutstandingItem> LoadOutstandingItems(DateOnly asOf)
    {
        using var command = Command(LastPosition + """
            SELECT it.item_key, it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it.text, it.claim, it.location,
                   b.kind, b.batch_id, COALESCE(b.batch_date, i.as_of), b.currency, i.file_name, COALESCE(p.remaining_x4, it.gross_x4)
            FROM payment_items it
            JOIN payment_batches b ON b.batch_key = it.batch_key
            JOIN imports i ON i.import_id = b.import_id
            LEFT JOIN last_position p ON p.source_id = it.item_key AND p.rn = 1
            WHERE i.status = 'ingested' AND i.as_of <= $asOf AND (p.remaining_x4 IS NULL OR p.remaining_x4 <> 0)
            ORDER BY it.item_key
            """, ("$asOf", Date(asOf)));
        using var reader = command.ExecuteReader();
        var items = new List<OutstandingItem>();
        while (reader.Read())
        {
            var item = new PaymentItem
            {
                Id = reader.GetString(1),
                Kind = reader.GetString(2),
                Gross = Fixed4.FromStore(reader.GetInt64(3)),
                Fee = Fixed4.FromStore(reader.GetInt64(4)),
                InvoiceReference = NullableString(reader, 5),
                Customer = NullableString(reader, 6),
                Text = NullableString(reader, 7),
                Claim = Json<ClaimPayment>(NullableString(reader, 8)),
                Location = NullableString(reader, 9),
            };
            items.Add(new OutstandingItem(reader.GetString(0), item, reader.GetString(10), reader.GetString(11), ParseDate(reader.GetString(12)),
                reader.GetString(13), reader.GetString(14), Fixed4.FromStore(reader.GetInt64(15))));
        }
        return items;
    }

    public IReadOnlyList<NightBatch> LoadUnsettledBatches(DateOnly asOf)
    {
        using var command = Command("""
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
        using var reader = command.ExecuteReader();
        var batches = new List<(string Key, PaymentBatch Batch, List<PaymentItem> Items)>();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            if (batches.Count == 0 || batches[^1].Key != key)
            {
                var items = new List<PaymentItem>();
                batches.Add((key, new PaymentBatch
                {
                    Kind = reader.GetString(1),
                    Id = reader.GetString(2),
                    Date = reader.IsDBNull(3) ? null : ParseDate(reader.GetString(3)),
                    Amount = Fixed4.FromStore(reader.GetInt64(4)),
                    Currency = reader.GetString(5),
                    Trace = NullableString(reader, 6),
                    Payer = NullableString(reader, 7),
                    Location = NullableString(reader, 8),
                    Method = NullableString(reader, 9),
                    Items = items,
                }, items));
            }
            if (reader.IsDBNull(10)) continue;
            batches[^1].Items.Add(new PaymentItem
            {
                Id = reader.GetString(10), Kind = reader.GetString(11), Gross = Fixed4.FromStore(reader.GetInt64(12)), Fee = Fixed4.FromStore(reader.GetInt64(13)),
                InvoiceReference = NullableString(reader, 14), Customer = NullableString(reader, 15), Text = NullableString(reader, 16),
            });
        }
        return batches.Select(b => new NightBatch(b.Key, b.Batch)).ToList();
    }

    public IReadOnlyList<PriorPayment> PriorPayments(DateOnly asOf)
    {
        using var command = Command("""
            SELECT a.invoice_number, a.applied_x4, COALESCE(a.cash_date, r.as_of), a.source_id FROM applications a JOIN runs r ON r.run_id = a.run_id
            WHERE r.status = 'completed' AND r.as_of < $asOf AND a.source_kind <> 'adjustment'
            ORDER BY r.as_of, a.application_id
            """, ("$asOf", Date(asOf)));
        using var reader = command.ExecuteReader();
        var payments = new List<PriorPayment>();
        while (reader.Read())
            payments.Add(new PriorPayment(reader.GetString(0), Fixed4.FromStore(reader.GetInt64(1)), ParseDate(reader.GetString(2)), reader.GetString(3)));
        return payments;
    }

    public IReadOnlyList<OpenItem> PreviousOpenItems(DateOnly asOf)
    {
        using var command = Command("""
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4 FROM open_item_snapshots
            WHERE run_id = (SELECT run_id FROM runs WHERE status = 'completed' AND as_of < $asOf ORDER BY as_of DESC, finished_at DESC LIMIT 1)
            ORDER BY invoice_number
            """, ("$asOf", Date(asOf)));
        using var reader = command.ExecuteReader();
        var items = new List<OpenItem>();
        while (reader.Read())
        {
            items.Add(new OpenItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), ParseDate(reader.GetString(3)), ParseDate(reader.GetString(4)),
                reader.GetString(5), Fixed4.FromStore(reader.GetInt64(6)), Fixed4.FromStore(reader.GetInt64(7))));
        }
        return items;
    }

}
