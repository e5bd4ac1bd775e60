using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Ingest;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Writes one file's statements, lines, batches and items with prepared (multi-row) statements inside the caller's
/// transaction. Line ids are the content hash's prefix and the position in the file, so a renamed copy
/// maps to the same ids and two identical lines stay two.
/// </summary>
internal sealed class ImportWriter(SqliteConnection connection, SqliteTransaction transaction, long importId, string contentHash)
{
    private readonly string _prefix = contentHash[..10];

    /// <summary>A line's status as stored, worked out once per value instead of once per line.</summary>
    private static readonly Dictionary<TransactionStatus, string> Statuses =
        Enum.GetValues<TransactionStatus>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());

    public static string LineId(string contentHash, int ordinal) => $"{contentHash[..10]}-{ordinal.ToString("D6", CultureInfo.InvariantCulture)}";

    public void Write(ParsedFile parsed)
    {
        using var statementInsert = Prepare("""
            INSERT INTO statements(import_id, ordinal, account, currency, opening_x4, closing_x4, balanced, balance_note)
            VALUES ($import, $ordinal, $account, $currency, $opening, $closing, $balanced, $note) RETURNING statement_id
            """, "$import", "$ordinal", "$account", "$currency", "$opening", "$closing", "$balanced", "$note");
        using var lineInsert = new BatchedInsert(connection, transaction, "bank_transactions", ["line_id", "import_id", "statement_id", "ordinal", "account",
            "booking_date", "value_date", "amount_x4", "currency", "status", "type_code", "bank_ref", "customer_ref", "counterparty", "remittance", "refs",
            "reversal", "items", "location"]);

        var ordinal = 0;
        for (var s = 0; s < parsed.Statements.Count; s++)
        {
            var statement = parsed.Statements[s];
            Set(statementInsert, importId, s + 1, statement.Account, statement.Currency, Fixed4.ToStore(statement.OpeningBalance),
                Fixed4.ToStore(statement.ClosingBalance), statement.Balanced is { } b ? (b ? 1 : 0) : null, statement.BalanceNote);
            var statementId = (long)statementInsert.ExecuteScalar()!;
            foreach (var t in statement.Transactions)
            {
                ordinal++;
                lineInsert.Text(LineId(contentHash, ordinal)).Int(importId).Int(statementId).Int(ordinal).Text(t.Account).Date(t.BookingDate)
                    .Date(t.ValueDate).Amount(t.Amount).Text(t.Currency).Text(Statuses.GetValueOrDefault(t.Status) ?? t.Status.ToString().ToLowerInvariant())
                    .Text(t.TypeCode).Text(t.BankReference).Text(t.CustomerReference).Text(t.Counterparty).Text(t.Remittance)
                    .Text(t.References.Count == 0 ? null : JsonSerializer.Serialize(t.References)).Int(t.Reversal ? 1 : 0)
                    .Text(t.Items.Count == 0 ? null : JsonSerializer.Serialize(t.Items)).Text(t.Location).EndRow();
            }
        }
        lineInsert.Finish();
        WriteBatches(parsed.Batches);
    }

    private void WriteBatches(IReadOnlyList<PaymentBatch> batches)
    {
        // Batches first, then their items: the items' foreign key needs the batch rows in place.
        using (var batchInsert = new BatchedInsert(connection, transaction, "payment_batches",
            ["batch_key", "import_id", "ordinal", "kind", "batch_id", "batch_date", "amount_x4", "currency", "trace", "payer", "location", "method"]))
        {
            for (var b = 0; b < batches.Count; b++)
            {
                var batch = batches[b];
                batchInsert.Text(BatchKey(b)).Int(importId).Int(b + 1).Text(batch.Kind).Text(batch.Id).Date(batch.Date).Amount(batch.Amount)
                    .Text(batch.Currency).Text(batch.Trace).Text(batch.Payer).Text(batch.Location).Text(batch.Method).EndRow();
            }
            batchInsert.Finish();
        }
        using var itemInsert = new BatchedInsert(connection, transaction, "payment_items",
            ["item_key", "batch_key", "ordinal", "item_id", "kind", "gross_x4", "fee_x4", "invoice_ref", "customer", "text", "claim", "location"]);
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            var batchKey = BatchKey(b);
            for (var i = 0; i < batch.Items.Count; i++)
            {
                var item = batch.Items[i];
                itemInsert.Text($"{batchKey}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}").Text(batchKey).Int(i + 1).Text(item.Id).Text(item.Kind)
                    .Amount(item.Gross).Amount(item.Fee).Text(item.InvoiceReference).Text(item.Customer).Text(item.Text)
                    .Text(item.Claim is null ? null : JsonSerializer.Serialize(item.Claim)).Text(item.Location).EndRow();
            }
        }
        itemInsert.Finish();
    }

    private string BatchKey(int index) => $"{_prefix}-B{(index + 1).ToString("D5", CultureInfo.InvariantCulture)}";

    private SqliteCommand Prepare(string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
