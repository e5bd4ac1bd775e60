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

    public IEnumerable<object?[]> Lines(ParsedFile parsed, long[] statementIds)
    {
        var ordinal = 0;
        for (var s = 0; s < parsed.Statements.Count; s++)
        {
            foreach (var t in parsed.Statements[s].Transactions)
            {
                ordinal++;
                yield return [LineId(contentHash, ordinal), importId, statementIds[s], ordinal, t.Account, t.BookingDate, t.ValueDate,
                    Fixed4.ToStore(t.Amount), t.Currency, StatusText(t.Status), t.TypeCode, t.BankReference,
                    t.CustomerReference, t.Counterparty, t.Remittance, t.References.Count == 0 ? null : JsonSerializer.Serialize(t.References),
                    t.Reversal, t.Items.Count == 0 ? null : JsonSerializer.Serialize(t.Items), t.Location];
            }
        }
    }

    public IEnumerable<object?[]> Batches(IReadOnlyList<PaymentBatch> batches)
    {
        for (var b = 0; b < batches.Count; b++)
        {
            var batch = batches[b];
            yield return [BatchKey(b), importId, b + 1, batch.Kind, batch.Id, batch.Date, Fixed4.ToStore(batch.Amount), batch.Currency,
                batch.Trace, batch.Payer, batch.Location, batch.Method];
        }
    }

    /// <summary>Written after the batches: the items' foreign key needs the batch rows in place.</summary>
    public IEnumerable<object?[]> Items(IReadOnlyList<PaymentBatch> batches)
    {
        for (var b = 0; b < batches.Count; b++)
        {
            var batchKey = BatchKey(b);
            for (var i = 0; i < batches[b].Items.Count; i++)
            {
                var item = batches[b].Items[i];
                yield return [$"{batchKey}-{(i + 1).ToString("D5", CultureInfo.InvariantCulture)}", batchKey, i + 1, item.Id, item.Kind,
                    Fixed4.ToStore(item.Gross), Fixed4.ToStore(item.Fee), item.InvoiceReference, item.Customer, item.Text,
                    item.Claim is null ? null : JsonSerializer.Serialize(item.Claim), item.Location];
            }
        }
    }

    private string BatchKey(int index) => $"{_prefix}-B{(index + 1).ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>"booked", "pending", ...: one shared text per status rather than a new one per line.</summary>
    private static string StatusText(TransactionStatus status) => Statuses.GetValueOrDefault(status) ?? status.ToString().ToLowerInvariant();

    private static readonly Dictionary<TransactionStatus, string> Statuses =
        Enum.GetValues<TransactionStatus>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());
}
