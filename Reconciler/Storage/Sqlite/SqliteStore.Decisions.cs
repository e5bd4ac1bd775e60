using System.Text.Json;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public (DateOnly? AsOf, IReadOnlyList<ExceptionOnFile> Exceptions) LatestExceptions()
    {
        using var asOfCommand = Command("SELECT as_of FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC LIMIT 1");
        if (asOfCommand.ExecuteScalar() is not string asOf) return (null, []);
        using var command = Command("""
            SELECT exception_id, category, source_kind, source_id, invoice_number, amount_x4, currency
            FROM exceptions WHERE run_id = (SELECT run_id FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC LIMIT 1) ORDER BY exception_id
            """);
        using var reader = command.ExecuteReader();
        var exceptions = new List<ExceptionOnFile>();
        while (reader.Read())
        {
            exceptions.Add(new ExceptionOnFile(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                NullableString(reader, 4), reader.IsDBNull(5) ? null : Fixed4.FromStore(reader.GetInt64(5)), reader.GetString(6)));
        }
        return (ParseDate(asOf), exceptions);
    }

    public IReadOnlyDictionary<string, decimal> LatestOpenBalances()
    {
        using var command = Command("""
            WITH latest AS (SELECT run_id FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC LIMIT 1),
                 applied AS (SELECT invoice_number, SUM(applied_x4) AS total FROM applications WHERE run_id = (SELECT run_id FROM latest) GROUP BY invoice_number)
            SELECT s.invoice_number, s.open_x4 - COALESCE(a.total, 0)
            FROM open_item_snapshots s LEFT JOIN applied a ON a.invoice_number = s.invoice_number
            WHERE s.run_id = (SELECT run_id FROM latest)
            """);
        using var reader = command.ExecuteReader();
        var open = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (reader.Read()) open[reader.GetString(0)] = Fixed4.FromStore(reader.GetInt64(1));
        return open;
    }

    public bool RecordDecisions(string fileName, string contentHash, DateOnly answersAsOf, IReadOnlyList<DecisionRecord> decisions, DateTimeOffset at)
    {
        var facts = LatestExceptions().Exceptions.ToDictionary(e => e.ExceptionId, StringComparer.Ordinal);
        using var transaction = _connection.BeginTransaction();
        using var header = Command("""
            INSERT INTO decision_imports(content_hash, file_name, answers_as_of, imported_at, decisions) VALUES ($hash, $file, $asOf, $at, $count)
            ON CONFLICT(content_hash) DO NOTHING
            """, ("$hash", contentHash), ("$file", fileName), ("$asOf", Date(answersAsOf)), ("$at", Instant(at)), ("$count", decisions.Count));
        header.Transaction = transaction;
        if (header.ExecuteNonQuery() == 0) return false;

        using var insert = Prepare(transaction, """
            INSERT INTO decisions(content_hash, exception_id, action, apply_to, note, sheet, row_number, category, source_kind, source_id, invoice_number)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, null, 11);
        foreach (var d in decisions)
        {
            var fact = facts[d.ExceptionId];
            Exec(insert, contentHash, d.ExceptionId, d.Action, d.ApplyTo.Count == 0 ? null : JsonSerializer.Serialize(d.ApplyTo), d.Note, d.Sheet, d.Row,
                fact.Category, fact.SourceKind, fact.SourceId, fact.InvoiceNumber);
        }
        transaction.Commit();
        return true;
    }

    public IReadOnlyList<ReviewDecision> DecisionsFor(DateOnly asOf)
    {
        using var command = Command("""
            SELECT d.exception_id, d.action, d.source_kind, d.source_id, d.invoice_number, d.apply_to, d.note, i.file_name, d.sheet, d.row_number
            FROM decisions d JOIN decision_imports i ON i.content_hash = d.content_hash
            WHERE i.answers_as_of < $asOf ORDER BY i.imported_at, d.decision_id
            """, ("$asOf", Date(asOf)));
        using var reader = command.ExecuteReader();
        var decisions = new List<ReviewDecision>();
        while (reader.Read())
        {
            decisions.Add(new ReviewDecision(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), NullableString(reader, 4),
                Json<List<string>>(NullableString(reader, 5)) ?? [], NullableString(reader, 6),
                $"{reader.GetString(7)}, sheet {reader.GetString(8)}, row {reader.GetInt64(9)}"));
        }
        return decisions;
    }
}
