using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>
    /// The registry holds every exception any night raised: only the ids asked are looked up, from a temporary table of them
    /// joined to the registry by its key (inside a transaction that is rolled back, which empties the table again).
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> FirstSeen(IEnumerable<string> exceptionIds, DateOnly asOf)
    {
        var wanted = KeyOrder.Sorted(exceptionIds.Distinct(StringComparer.Ordinal), id => id);
        var firstSeen = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (wanted.Length == 0) return firstSeen;
        Execute("CREATE TEMP TABLE IF NOT EXISTS wanted_exceptions (exception_id TEXT PRIMARY KEY) WITHOUT ROWID");
        using var transaction = _connection.BeginTransaction(deferred: true);
        using (var insert = new BatchedInsert(_connection, transaction, "temp.wanted_exceptions", ["exception_id"]))
        {
            foreach (var id in wanted) insert.Text(id).EndRow();
            insert.Finish();
        }
        // CROSS JOIN keeps the asked ids as the outer loop: one registry lookup each, never a scan of the registry.
        using (var rows = new RawRows(_connection, """
            SELECT w.exception_id, r.first_seen FROM temp.wanted_exceptions w CROSS JOIN exception_registry r
            WHERE r.exception_id = w.exception_id AND r.first_seen < $asOf
            """, ("$asOf", Date(asOf))))
        {
            while (rows.Read()) firstSeen[rows.Text(0)] = rows.Date(1);
        }
        transaction.Rollback();
        return firstSeen;
    }

    public IReadOnlyList<CarryForward.Carried> PreviousExceptions(DateOnly asOf)
    {
        using var command = Command("SELECT run_id FROM runs WHERE status = 'completed' AND as_of < $asOf ORDER BY as_of DESC, finished_at DESC LIMIT 1",
            ("$asOf", Date(asOf)));
        return command.ExecuteScalar() is string runId ? PreviousExceptionsOf(runId) : [];
    }

    /// <summary>The exceptions one run wrote, with their first-seen dates.</summary>
    private List<CarryForward.Carried> PreviousExceptionsOf(string runId)
    {
        using var command = Command("""
            SELECT category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4, expected_x4, currency,
                   first_seen, description, suggested_action, candidates
            FROM exceptions WHERE run_id = $run
            ORDER BY exception_id
            """, ("$run", runId));
        using var reader = command.ExecuteReader();
        var carried = new List<CarryForward.Carried>();
        while (reader.Read())
        {
            var discrepancy = new Discrepancy
            {
                Category = reader.GetString(0),
                Severity = Enum.Parse<Severity>(reader.GetString(1), ignoreCase: true),
                SourceKind = reader.GetString(2),
                SourceId = reader.GetString(3),
                InvoiceNumber = reader.IsDBNull(4) ? null : reader.GetString(4),
                CustomerId = reader.IsDBNull(5) ? null : reader.GetString(5),
                Amount = reader.IsDBNull(6) ? null : Fixed4.FromStore(reader.GetInt64(6)),
                ExpectedAmount = reader.IsDBNull(7) ? null : Fixed4.FromStore(reader.GetInt64(7)),
                Currency = reader.GetString(8),
                Description = reader.GetString(10),
                SuggestedAction = reader.GetString(11),
                Candidates = reader.IsDBNull(12) ? [] : JsonSerializer.Deserialize<List<string>>(reader.GetString(12)) ?? [],
            };
            carried.Add(new CarryForward.Carried(discrepancy, ParseDate(reader.GetString(9))));
        }
        return carried;
    }

    public void CompleteRun(CompletedRun run)
    {
        // What needs no database (the trail's order and phrase numbers, the exceptions' ids and order, the order of the
        // payments' positions) is worked out on the other core while the first tables are written.
        var trail = Task.Run(() => TrailWriter.Prepare(run.Matching.Trail));
        var exceptions = Task.Run(() => ExceptionRows(run.Exceptions));
        var positions = Task.Run(() => KeyOrder.Sorted(run.Matching.UnappliedBySource, p => p.Key));
        using var transaction = _connection.BeginTransaction();
        var id = ("$run", (object?)run.RunId);
        Run(transaction, "UPDATE runs SET status = 'superseded' WHERE as_of = $asOf AND status = 'completed' AND run_id <> $run",
            id, ("$asOf", Date(run.AsOf)));

        using (var insert = Batched(transaction, "open_item_snapshots",
            "run_id", "invoice_number", "customer_id", "customer_name", "issue_date", "due_date", "currency", "amount_x4", "open_x4", "export_open_x4"))
        {
            // Every result table is written in its key's order: the clustered tables (V006) then only ever append.
            foreach (var i in KeyOrder.Sorted(run.OpenItems, i => i.InvoiceNumber))
            {
                insert.Text(run.RunId).Text(i.InvoiceNumber).Text(i.CustomerId).Text(i.CustomerName).Date(i.IssueDate).Date(i.DueDate).Text(i.Currency)
                    .Amount(i.Amount).Amount(i.OpenAmount)
                    .Amount(run.ExportedOpen.GetValueOrDefault(i.InvoiceNumber, i.OpenAmount)).EndRow();
            }
            insert.Finish();
        }

        using (var insert = Batched(transaction, "applications",
            "run_id", "source_kind", "source_id", "source_file", "invoice_number", "customer_id", "applied_x4", "currency", "rule", "confidence", "explanation", "cash_date"))
        {
            var confidences = new Dictionary<decimal, string>();
            foreach (var a in run.Matching.Applications)
            {
                // A night's confidences are a handful of values: each is written as text once, not once per application.
                if (!confidences.TryGetValue(a.Confidence, out var confidence))
                    confidences[a.Confidence] = confidence = a.Confidence.ToString(CultureInfo.InvariantCulture);
                insert.Text(run.RunId).Text(a.SourceKind).Text(a.SourceId).Text(a.SourceFile).Text(a.InvoiceNumber).Text(a.CustomerId)
                    .Amount(a.AppliedAmount).Text(a.Currency).Text(a.Rule).Text(confidence).Text(a.Explanation).Date(a.CashDate).EndRow();
            }
            insert.Finish();
        }

        using (var insert = Batched(transaction, "settlements",
            "run_id", "bank_line_id", "bank_x4", "currency", "batch_kind", "batch_id", "batch_x4", "status", "rule", "batch_key", "explanation"))
        {
            foreach (var s in run.Matching.Settlements)
            {
                insert.Text(run.RunId).Text(s.BankLineId).Amount(s.BankAmount).Text(s.Currency).Text(s.BatchKind).Text(s.BatchId)
                    .Amount(s.BatchAmount).Text(s.Status).Text(s.Rule).Text(s.BatchKey).Text(s.Explanation).EndRow();
            }
            insert.Finish();
        }

        TrailWriter.Write(_connection, transaction, run.RunId, trail.GetAwaiter().GetResult());

        using (var insert = Batched(transaction, "cash_positions", "run_id", "source_id", "remaining_x4"))
        {
            foreach (var (source, remaining) in positions.GetAwaiter().GetResult())
                insert.Text(run.RunId).Text(source).Amount(remaining).EndRow();
            insert.Finish();
        }

        WriteExceptions(run, exceptions.GetAwaiter().GetResult(), transaction);
        Run(transaction, "UPDATE runs SET status = 'completed', finished_at = $at, counts = $counts WHERE run_id = $run",
            id, ("$at", Instant(run.FinishedAt)), ("$counts", run.CountsJson));
        run.BeforeCommit?.Invoke();
        transaction.Commit();
    }

    /// <summary>An exception as written: its id (a hash of what it is about, worked out on each read: once here) and its candidates' JSON.</summary>
    private readonly record struct ExceptionRow(string Id, Discrepancy Discrepancy, DateOnly FirstSeen, string? Candidates);

    /// <summary>The exceptions in their key's order.</summary>
    private static ExceptionRow[] ExceptionRows(IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> exceptions) =>
        KeyOrder.Sorted(exceptions.Select(e => new ExceptionRow(e.Discrepancy.Id, e.Discrepancy, e.FirstSeen,
            e.Discrepancy.Candidates.Count == 0 ? null : JsonSerializer.Serialize(e.Discrepancy.Candidates))), e => e.Id);

    private void WriteExceptions(CompletedRun run, ExceptionRow[] exceptions, SqliteTransaction transaction)
    {
        using var insert = Batched(transaction, "exceptions", "run_id", "exception_id", "category", "severity", "source_kind", "source_id", "invoice_number",
            "customer_id", "amount_x4", "expected_x4", "currency", "first_seen", "description", "suggested_action", "candidates");
        using var registry = new BatchedInsert(_connection, transaction, "exception_registry", ["exception_id", "category", "first_seen", "last_seen"], """
            ON CONFLICT(exception_id) DO UPDATE SET
                first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)
            """);
        foreach (var (id, d, firstSeen, candidates) in exceptions)
        {
            insert.Text(run.RunId).Text(id).Text(d.Category).Text(SeverityText(d.Severity)).Text(d.SourceKind).Text(d.SourceId)
                .Text(d.InvoiceNumber).Text(d.CustomerId).Amount(d.Amount).Amount(d.ExpectedAmount).Text(d.Currency).Date(firstSeen)
                .Text(d.Description).Text(d.SuggestedAction).Text(candidates).EndRow();
            registry.Text(id).Text(d.Category).Date(firstSeen).Date(run.AsOf).EndRow();
        }
        insert.Finish();
        registry.Finish();
    }

    private static readonly Dictionary<Severity, string> SeverityTexts =
        Enum.GetValues<Severity>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());

    /// <summary>"warning", "error", ...: one shared text per severity rather than a new one per exception.</summary>
    private static string SeverityText(Severity severity) =>
        SeverityTexts.GetValueOrDefault(severity) ?? severity.ToString().ToLowerInvariant();

    private BatchedInsert Batched(SqliteTransaction transaction, string table, params string[] columns) => new(_connection, transaction, table, columns);

    private void Run(SqliteTransaction transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>A prepared insert whose parameters are $run (fixed, when given) and $1..$n.</summary>
    private SqliteCommand Prepare(SqliteTransaction transaction, string sql, string? runId, int count)
    {
        var command = new SqliteCommand(sql, _connection, transaction);
        for (var i = 1; i <= count; i++) command.Parameters.Add(new SqliteParameter { ParameterName = $"${i}" });
        if (runId is not null) command.Parameters.AddWithValue("$run", runId);
        command.Prepare();
        return command;
    }

    private static void Exec(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
