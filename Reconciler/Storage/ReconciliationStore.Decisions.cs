using System.Text.Json;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    public (DateOnly? AsOf, IReadOnlyList<ExceptionOnFile> Exceptions) LatestExceptions()
    {
        var asOf = Read($"SELECT as_of FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC {Dialect.Limit("1")}", r => Date(r, 0));
        if (asOf.Count == 0) return (null, []);
        var exceptions = Read($"""
            SELECT exception_id, category, source_kind, source_id, invoice_number, amount_x4, currency
            FROM exceptions WHERE run_id = {LatestRun} ORDER BY exception_id {Ordinal}
            """, r => new ExceptionOnFile(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), NullableText(r, 4), NullableAmount(r, 5), Text(r, 6)));
        return (asOf[0], exceptions);
    }

    public IReadOnlyDictionary<string, decimal> LatestOpenBalances()
    {
        var open = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (invoice, amount) in Read($"""
            SELECT s.invoice_number, s.open_x4 - COALESCE(a.total, 0) FROM {SnapshotsWithApplied(LatestRun)}
            """, r => (Text(r, 0), Amount(r, 1))))
        {
            open[invoice] = amount;
        }
        return open;
    }

    public bool DecisionsImported(string contentHash) =>
        Convert.ToInt64(Scalar("SELECT COUNT(*) FROM decision_imports WHERE content_hash = @hash", ("@hash", contentHash))) > 0;

    public bool RecordDecisions(string fileName, string contentHash, DateOnly answersAsOf, IReadOnlyList<DecisionRecord> decisions, DateTimeOffset at)
    {
        var facts = LatestExceptions().Exceptions.ToDictionary(e => e.ExceptionId, StringComparer.Ordinal);
        using var unit = Begin();
        var insertImport = Dialect.InsertIfAbsent("decision_imports", ["content_hash", "file_name", "answers_as_of", "imported_at", "decisions"],
            ["@hash", "@file", "@asOf", "@at", "@count"], ["content_hash"]);
        if (Execute(insertImport, ("@hash", contentHash), ("@file", fileName), ("@asOf", answersAsOf), ("@at", Instant(at)), ("@count", decisions.Count)) == 0)
            return false;
        foreach (var d in decisions)
        {
            var fact = facts[d.ExceptionId];
            Execute("""
                INSERT INTO decisions(content_hash, exception_id, action, apply_to, note, sheet, "row_number", category, source_kind, source_id, invoice_number)
                VALUES (@hash, @exception, @action, @applyTo, @note, @sheet, @row, @category, @sourceKind, @sourceId, @invoice)
                """, ("@hash", contentHash), ("@exception", d.ExceptionId), ("@action", d.Action),
                ("@applyTo", d.ApplyTo.Count == 0 ? null : JsonSerializer.Serialize(d.ApplyTo)), ("@note", d.Note), ("@sheet", d.Sheet), ("@row", d.Row),
                ("@category", fact.Category), ("@sourceKind", fact.SourceKind), ("@sourceId", fact.SourceId), ("@invoice", fact.InvoiceNumber));
        }
        unit.Commit();
        return true;
    }

    public IReadOnlyList<ReviewDecision> DecisionsFor(DateOnly asOf) => Read("""
        SELECT d.exception_id, d.action, d.source_kind, d.source_id, d.invoice_number, d.apply_to, d.note, i.file_name, d.sheet, d."row_number"
        FROM decisions d JOIN decision_imports i ON i.content_hash = d.content_hash
        WHERE i.answers_as_of < @asOf ORDER BY i.imported_at, d.decision_id
        """, r => new ReviewDecision(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), NullableText(r, 4), Json<List<string>>(NullableText(r, 5)) ?? [],
        NullableText(r, 6), $"{Text(r, 7)}, sheet {Text(r, 8)}, row {Long(r, 9)}"), ("@asOf", asOf));
}
