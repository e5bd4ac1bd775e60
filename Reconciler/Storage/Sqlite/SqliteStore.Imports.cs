using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Ingest;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public ImportRecord? FindIngested(string contentHash)
    {
        using var command = Command("""
            SELECT import_id, content_hash, file_name, format, status, records, as_of
            FROM imports WHERE content_hash = $hash AND status = 'ingested'
            """, ("$hash", contentHash));
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadImport(reader) : null;
    }

    public ImportRecord SaveImport(NewImport import, ParsedFile parsed)
    {
        var status = parsed.HasErrors ? "quarantined" : "ingested";
        var records = parsed.RecordCount;
        using var transaction = _connection.BeginTransaction();
        using var insert = Command("""
            INSERT INTO imports(content_hash, file_name, format, status, records, problems, as_of, run_id, ingested_at)
            VALUES ($hash, $file, $format, $status, $records, $problems, $asOf, $run, $at) RETURNING import_id
            """,
            ("$hash", import.ContentHash), ("$file", import.FileName), ("$format", parsed.Format), ("$status", status),
            ("$records", records), ("$problems", string.Join('\n', parsed.Problems.Select(p => $"{p.Severity}: {p}"))),
            ("$asOf", Date(import.AsOf)), ("$run", import.RunId), ("$at", Instant(import.At)));
        insert.Transaction = transaction;
        var importId = (long)insert.ExecuteScalar()!;
        if (status == "ingested") new ImportWriter(_connection, transaction, importId, import.ContentHash).Write(parsed);
        LinkImport(import.RunId, importId, status, transaction);
        transaction.Commit();
        return new ImportRecord(importId, import.ContentHash, import.FileName, parsed.Format, status, records, import.AsOf);
    }

    public void LinkImport(string runId, long importId, string outcome) => LinkImport(runId, importId, outcome, null);

    private void LinkImport(string runId, long importId, string outcome, SqliteTransaction? transaction)
    {
        using var command = Command("INSERT OR REPLACE INTO run_inputs(run_id, import_id, outcome) VALUES ($run, $import, $outcome)",
            ("$run", runId), ("$import", importId), ("$outcome", outcome));
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    // The latest completed night before this one that considered a line says what is left of it;
    // a line no earlier night considered is whole.
    public IReadOnlyList<OutstandingCash> LoadOutstandingCash(DateOnly asOf) => LoadLines(asOf, debits: false);

    public IReadOnlyList<OutstandingCash> LoadNightDebits(DateOnly asOf) => LoadLines(asOf, debits: true);

    /// <summary>Credits still unapplied from nights up to this one, or the debits first read on this night.</summary>
    private IReadOnlyList<OutstandingCash> LoadLines(DateOnly asOf, bool debits)
    {
        using var rows = new RawRows(_connection, $"""
            SELECT t.line_id, t.account, t.booking_date, t.value_date, t.amount_x4, t.currency, t.type_code, t.bank_ref,
                   t.customer_ref, t.counterparty, t.remittance, t.refs, t.reversal, t.items, t.location, i.file_name,
                   COALESCE(p.remaining_x4, t.amount_x4), i.as_of
            FROM bank_transactions t
            JOIN imports i ON i.import_id = t.import_id
            {LastPositionJoin("t.line_id")}
            WHERE i.status = 'ingested' AND t.status = 'booked' AND (
                ($debits = 0 AND i.as_of <= $asOf AND t.amount_x4 > 0 AND COALESCE(p.remaining_x4, t.amount_x4) > 0)
                OR ($debits = 1 AND i.as_of = $asOf AND t.amount_x4 < 0))
            ORDER BY t.line_id
            """, ("$asOf", Date(asOf)), ("$debits", debits ? 1 : 0));
        var cash = new List<OutstandingCash>();
        while (rows.Read())
        {
            var transaction = new BankTransaction
            {
                Id = rows.Text(0),
                Account = rows.Shared(1),
                BookingDate = rows.Date(2),
                ValueDate = rows.NullableDate(3),
                Amount = rows.Amount(4),
                Currency = rows.Shared(5),
                TypeCode = rows.NullableShared(6),
                BankReference = rows.NullableText(7),
                CustomerReference = rows.NullableText(8),
                Counterparty = rows.NullableText(9),
                Remittance = rows.NullableText(10),
                // Arrays, and one shared empty one: most lines have no references and no items.
                References = rows.Json<string[]>(11) ?? [],
                Reversal = rows.Int64(12) != 0,
                Items = rows.Json<BatchDetail[]>(13) ?? [],
                Location = rows.Location(14),
            };
            cash.Add(new OutstandingCash(transaction, rows.Shared(15), rows.Amount(16), rows.Date(17)));
        }
        return cash;
    }

    public IReadOnlyDictionary<string, PreviousBalance> PreviousBalances(DateOnly asOf)
    {
        using var rows = new RawRows(_connection, """
            WITH previous AS (SELECT run_id FROM runs WHERE status = 'completed' AND as_of < $asOf ORDER BY as_of DESC, finished_at DESC LIMIT 1),
                 applied AS (SELECT invoice_number, SUM(applied_x4) AS total FROM applications WHERE run_id = (SELECT run_id FROM previous) GROUP BY invoice_number)
            SELECT s.invoice_number, COALESCE(s.export_open_x4, s.open_x4), s.open_x4 - COALESCE(a.total, 0)
            FROM open_item_snapshots s LEFT JOIN applied a ON a.invoice_number = s.invoice_number
            WHERE s.run_id = (SELECT run_id FROM previous)
            """, ("$asOf", Date(asOf)));
        var balances = new Dictionary<string, PreviousBalance>(StringComparer.Ordinal);
        while (rows.Read()) balances[rows.Text(0)] = new PreviousBalance(rows.Amount(1), rows.Amount(2));
        return balances;
    }

    private static ImportRecord ReadImport(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetInt32(5), ParseDate(reader.GetString(6)));

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static T? Json<T>(string? json) where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json);
}
