using System.Globalization;
using System.Text.Json;
using Reconciler.Ingest;
using Reconciler.Rules.Model;
using Reconciler.Storage.Sqlite;

namespace Reconciler.Storage.Server;

/// <summary>
/// Writes one file's statements (one by one, for their ids) and its lines, batches and items in bulk, inside the
/// store's current transaction. Keys are those of the SQLite store: the content hash's prefix and the position.
/// </summary>
internal sealed class ServerImportWriter(ServerStore store, long importId, string contentHash)
{
    private readonly string _prefix = contentHash[..10];

    public void Write(ParsedFile parsed)
    {
        var lines = new List<object?[]>();
        var ordinal = 0;
        for (var s = 0; s < parsed.Statements.Count; s++)
        {
            var statement = parsed.Statements[s];
            var statementId = Convert.ToInt64(store.Scalar(store.Sql.Imports.InsertStatement,
                ("@import", importId), ("@ordinal", s + 1), ("@account", statement.Account), ("@currency", statement.Currency),
                ("@opening", Fixed4.ToStore(statement.OpeningBalance)), ("@closing", Fixed4.ToStore(statement.ClosingBalance)),
                ("@balanced", statement.Balanced), ("@note", statement.BalanceNote)), CultureInfo.InvariantCulture);
            foreach (var t in statement.Transactions)
            {
                ordinal++;
                lines.Add([ImportWriter.LineId(contentHash, ordinal), importId, statementId, ordinal, t.Account, t.BookingDate, t.ValueDate,
                    Fixed4.ToStore(t.Amount), t.Currency, t.Status.ToString().ToLowerInvariant(), t.TypeCode, t.BankReference,
                    t.CustomerReference, t.Counterparty, t.Remittance, t.References.Count == 0 ? null : JsonSerializer.Serialize(t.References),
                    t.Reversal, t.Items.Count == 0 ? null : JsonSerializer.Serialize(t.Items), t.Location]);
            }
        }
        store.Bulk(ServerTables.BankTransactions, lines);
        WriteBatches(parsed.Batches);
    }

    private void WriteBatches(IReadOnlyList<PaymentBatch> batches)
    {
        var batchRows = new List<object?[]>();
        var itemRows = new List<object?[]>();
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            var batchKey = $"{_prefix}-B{(b + 1).ToString("D5", CultureInfo.InvariantCulture)}";
            batchRows.Add([batchKey, importId, b + 1, batch.Kind, batch.Id, batch.Date, Fixed4.ToStore(batch.Amount), batch.Currency,
                batch.Trace, batch.Payer, batch.Location, batch.Method]);
            for (var i = 0; i < batch.Items.Count; i++)
            {
                var item = batch.Items[i];
                itemRows.Add([$"{batchKey}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}", batchKey, i + 1, item.Id, item.Kind,
                    Fixed4.ToStore(item.Gross), Fixed4.ToStore(item.Fee), item.InvoiceReference, item.Customer, item.Text,
                    item.Claim is null ? null : JsonSerializer.Serialize(item.Claim), item.Location]);
            }
        }
        store.Bulk(ServerTables.PaymentBatches, batchRows);
        store.Bulk(ServerTables.PaymentItems, itemRows);
    }
}
