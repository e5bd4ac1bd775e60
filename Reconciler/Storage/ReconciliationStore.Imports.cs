using System.Data.Common;
using System.Globalization;
using Reconciler.Ingest;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    public ImportRecord? FindIngested(string contentHash) => Read("""
        SELECT import_id, content_hash, file_name, format, status, records, as_of FROM imports WHERE content_hash = @hash AND status = @ingested
        """, ReadImport, ("@hash", contentHash), ("@ingested", ImportStatus.Ingested.Text())).FirstOrDefault();

    public ImportRecord SaveImport(NewImport import, ParsedFile parsed)
    {
        var status = parsed.HasErrors ? ImportStatus.Quarantined : ImportStatus.Ingested;
        var records = parsed.RecordCount;
        using var unit = Begin();
        var importId = Convert.ToInt64(Scalar(Dialect.InsertReturning("imports",
            ["content_hash", "file_name", "format", "status", "records", "problems", "as_of", "run_id", "ingested_at"],
            ["@hash", "@file", "@format", "@status", "@records", "@problems", "@asOf", "@run", "@at"], "import_id"),
            ("@hash", import.ContentHash), ("@file", import.FileName), ("@format", parsed.Format), ("@status", status.Text()),
            ("@records", records), ("@problems", string.Join('\n', parsed.Problems.Select(p => $"{p.Severity}: {p}"))),
            ("@asOf", import.AsOf), ("@run", import.RunId), ("@at", Instant(import.At))), CultureInfo.InvariantCulture);
        if (status == ImportStatus.Ingested)
        {
            WriteLines(importId, import.ContentHash, parsed);
            KeepIngestedLines(import.FileName, import.ContentHash, parsed);
        }
        LinkImport(import.RunId, importId, status);
        unit.Commit();
        return new ImportRecord(importId, import.ContentHash, import.FileName, parsed.Format, status, records, import.AsOf);
    }

    /// <summary>A file's statements (one by one, for their ids), then its lines, batches and items in bulk.</summary>
    private void WriteLines(long importId, string contentHash, ParsedFile parsed)
    {
        var insert = Dialect.InsertReturning("statements",
            ["import_id", "ordinal", "account", "currency", "opening_x4", "closing_x4", "balanced", "balance_note"],
            ["@import", "@ordinal", "@account", "@currency", "@opening", "@closing", "@balanced", "@note"], "statement_id");
        var statementIds = new long[parsed.Statements.Count];
        for (var s = 0; s < parsed.Statements.Count; s++)
        {
            var statement = parsed.Statements[s];
            statementIds[s] = Convert.ToInt64(Scalar(insert,
                ("@import", importId), ("@ordinal", s + 1), ("@account", statement.Account), ("@currency", statement.Currency),
                ("@opening", Fixed4.ToStore(statement.OpeningBalance)), ("@closing", Fixed4.ToStore(statement.ClosingBalance)),
                ("@balanced", statement.Balanced), ("@note", statement.BalanceNote)), CultureInfo.InvariantCulture);
        }
        var rows = new ImportRows(importId, contentHash);
        Bulk(StoreTables.BankTransactions, w => rows.Lines(w, parsed, statementIds));
        Bulk(StoreTables.PaymentBatches, w => rows.Batches(w, parsed.Batches));
        Bulk(StoreTables.PaymentItems, w => rows.Items(w, parsed.Batches));
    }

    public void LinkImport(string runId, long importId, ImportStatus outcome) =>
        Execute(Dialect.Upsert("run_inputs", ["run_id", "import_id", "outcome"], ["@run", "@import", "@outcome"], ["run_id", "import_id"], ["outcome"]),
            ("@run", runId), ("@import", importId), ("@outcome", outcome.Text()));

    public IReadOnlyList<FileProblem> FileProblems(DateOnly asOf)
    {
        var quarantined = Read($"""
            SELECT file_name, content_hash, problems FROM imports WHERE status = @quarantined AND as_of = @asOf
            ORDER BY file_name {Ordinal}, content_hash {Ordinal}
            """, r => new FileProblem("quarantined", Text(r, 0), Text(r, 1), 0, "", "", null, Text(r, 2)),
            ("@asOf", asOf), ("@quarantined", ImportStatus.Quarantined.Text()));
        var unbalanced = Read($"""
            SELECT i.file_name, i.content_hash, s.ordinal, s.account, s.currency, s.closing_x4, COALESCE(s.balance_note, '')
            FROM statements s JOIN imports i ON i.import_id = s.import_id
            WHERE i.status = @ingested AND i.as_of = @asOf AND s.balanced = {Dialect.False} ORDER BY i.file_name {Ordinal}, s.ordinal
            """, r => new FileProblem("out_of_balance", Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3),
            Text(r, 4), NullableAmount(r, 5), Text(r, 6)), ("@asOf", asOf), ("@ingested", ImportStatus.Ingested.Text()));
        // The same bad file dropped twice on one night is one problem.
        return quarantined.DistinctBy(q => q.ContentHash).Concat(unbalanced).ToList();
    }

    private static ImportRecord ReadImport(DbDataReader r) =>
        new(Long(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), RunStatuses.ParseImport(Text(r, 4)), (int)Long(r, 5), Date(r, 6));
}
