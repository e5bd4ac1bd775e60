using System.Globalization;
using System.Text.Json;
using Reconciler.Ingest;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Rows;

/// <summary>
/// A file's lines, batches and items as rows (in <see cref="StoreTables"/>' column order). Keys are the content hash's
/// prefix and the position in the file, so a renamed copy maps to the same ids and two identical lines stay two.
/// </summary>
internal sealed class ImportRows(long importId, string contentHash)
{
    private readonly string _prefix = contentHash[..10];

    public static string LineId(string contentHash, int ordinal) => $"{contentHash[..10]}-{ordinal.ToString("D6", CultureInfo.InvariantCulture)}";

    public void Lines(BulkRows w, ParsedFile parsed, long[] statementIds)
    {
        var ordinal = 0;
        for (var s = 0; s < parsed.Statements.Count; s++)
        {
            foreach (var t in parsed.Statements[s].Transactions)
            {
                ordinal++;
                var references = t.References.Count == 0 ? null : JsonSerializer.Serialize(t.References);
                var items = t.Items.Count == 0 ? null : JsonSerializer.Serialize(t.Items);
                w.Text(LineId(contentHash, ordinal)).Int(importId).Int(statementIds[s]).Int(ordinal).Text(t.Account).Date(t.BookingDate)
                    .Date(t.ValueDate).Amount(t.Amount).Text(t.Currency).Text(StatusText(t.Status)).Text(t.TypeCode).Text(t.BankReference)
                    .Text(t.CustomerReference).Text(t.Counterparty).Text(t.Remittance).Text(references).Bool(t.Reversal).Text(items).Text(t.Location)
                    .Bool(ProcessorIdMention.In(t.Remittance, t.CustomerReference, t.BankReference, t.Counterparty, references, items)).EndRow();
            }
        }
    }

    public void Batches(BulkRows w, IReadOnlyList<PaymentBatch> batches)
    {
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            w.Text(BatchKey(b)).Int(importId).Int(b + 1).Text(batch.Kind).Text(batch.Id).Date(batch.Date).Amount(batch.Amount).Text(batch.Currency)
                .Text(batch.Trace).Text(batch.Payer).Text(batch.Location).Text(batch.Method).EndRow();
        }
    }

    /// <summary>Written after the batches: the items' foreign key needs the batch rows in place.</summary>
    public void Items(BulkRows w, IReadOnlyList<PaymentBatch> batches)
    {
        for (var b = 0; b < batches.Count; b++)
        {
            var batchKey = BatchKey(b);
            for (var i = 0; i < batches[b].Items.Count; i++)
            {
                var item = batches[b].Items[i];
                w.Text($"{batchKey}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}").Text(batchKey).Int(i + 1).Text(item.Id).Text(item.Kind)
                    .Amount(item.Gross).Amount(item.Fee).Text(item.InvoiceReference).Text(item.Customer).Text(item.Text)
                    .Text(item.Claim is null ? null : JsonSerializer.Serialize(item.Claim)).Text(item.Location).EndRow();
            }
        }
    }

    private string BatchKey(int index) => $"{_prefix}-B{(index + 1).ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>"booked", "pending", ...: one shared text per status rather than a new one per line.</summary>
    private static string StatusText(TransactionStatus status) => Statuses.GetValueOrDefault(status) ?? status.ToString().ToLowerInvariant();

    private static readonly Dictionary<TransactionStatus, string> Statuses =
        Enum.GetValues<TransactionStatus>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());
}
