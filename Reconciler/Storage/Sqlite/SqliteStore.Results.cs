using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Discrepancies;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public IReadOnlyDictionary<string, DateOnly> FirstSeen(IEnumerable<string> exceptionIds, DateOnly asOf)
    {
        var wanted = exceptionIds.ToHashSet(StringComparer.Ordinal);
        var firstSeen = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        using var command = Command("SELECT exception_id, first_seen FROM exception_registry WHERE first_seen < $asOf", ("$asOf", Date(asOf)));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (wanted.Contains(reader.GetString(0))) firstSeen[reader.GetString(0)] = ParseDate(reader.GetString(1));
        }
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
        using var transaction = _connection.BeginTransaction();
        var id = ("$run", (object?)run.RunId);
        Run(transaction, "UPDATE runs SET status = 'superseded' WHERE as_of = $asOf AND status = 'completed' AND run_id <> $run",
            id, ("$asOf", Date(run.AsOf)));

        using (var insert = Batched(transaction, "open_item_snapshots",
            "run_id", "invoice_number", "customer_id", "customer_name", "issue_date", "due_date", "currency", "amount_x4", "open_x4", "export_open_x4"))
        {
            // Every result table is written in its key's order: the clustered tables (V006) then only ever append.
            foreach (var i in run.OpenItems.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal))
                insert.Add(run.RunId, i.InvoiceNumber, i.CustomerId, i.CustomerName, Date(i.IssueDate), Date(i.DueDate), i.Currency,
                    Fixed4.ToStore(i.Amount), Fixed4.ToStore(i.OpenAmount), Fixed4.ToStore(run.ExportedOpen.GetValueOrDefault(i.InvoiceNumber, i.OpenAmount)));
            insert.Finish();
        }

        using (var insert = Batched(transaction, "applications",
            "run_id", "source_kind", "source_id", "source_file", "invoice_number", "customer_id", "applied_x4", "currency", "rule", "confidence", "explanation", "cash_date"))
        {
            foreach (var a in run.Matching.Applications)
                insert.Add(run.RunId, a.SourceKind, a.SourceId, a.SourceFile, a.InvoiceNumber, a.CustomerId, Fixed4.ToStore(a.AppliedAmount),
                    a.Currency, a.Rule, a.Confidence.ToString(CultureInfo.InvariantCulture), a.Explanation, Date(a.CashDate));
            insert.Finish();
        }

        using (var insert = Batched(transaction, "settlements",
            "run_id", "bank_line_id", "bank_x4", "currency", "batch_kind", "batch_id", "batch_x4", "status", "rule", "batch_key", "explanation"))
        {
            foreach (var s in run.Matching.Settlements)
                insert.Add(run.RunId, s.BankLineId, Fixed4.ToStore(s.BankAmount), s.Currency, s.BatchKind, s.BatchId, Fixed4.ToStore(s.BatchAmount), s.Status, s.Rule,
                    s.BatchKey, s.Explanation);
            insert.Finish();
        }

        TrailWriter.Write(_connection, transaction, run.RunId, run.Matching.Trail);

        using (var insert = Batched(transaction, "cash_positions", "run_id", "source_id", "remaining_x4"))
        {
            foreach (var (source, remaining) in run.Matching.UnappliedBySource.OrderBy(p => p.Key, StringComparer.Ordinal)) insert.Add(run.RunId, source, Fixed4.ToStore(remaining));
            insert.Finish();
        }

        WriteExceptions(run, transaction);
        Run(transaction, "UPDATE runs SET status = 'completed', finished_at = $at, counts = $counts WHERE run_id = $run",
            id, ("$at", Instant(run.FinishedAt)), ("$counts", run.CountsJson));
        run.BeforeCommit?.Invoke();
        transaction.Commit();
    }

    private void WriteExceptions(CompletedRun run, SqliteTransaction transaction)
    {
        using var insert = Batched(transaction, "exceptions", "run_id", "exception_id", "category", "severity", "source_kind", "source_id", "invoice_number",
            "customer_id", "amount_x4", "expected_x4", "currency", "first_seen", "description", "suggested_action", "candidates");
        using var registry = new BatchedInsert(_connection, transaction, "exception_registry", ["exception_id", "category", "first_seen", "last_seen"], """
            ON CONFLICT(exception_id) DO UPDATE SET
                first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)
            """);
        foreach (var (d, firstSeen) in run.Exceptions.OrderBy(e => e.Discrepancy.Id, StringComparer.Ordinal))
        {
            insert.Add(run.RunId, d.Id, d.Category, d.Severity.ToString().ToLowerInvariant(), d.SourceKind, d.SourceId, d.InvoiceNumber,
                d.CustomerId, Fixed4.ToStore(d.Amount), Fixed4.ToStore(d.ExpectedAmount), d.Currency, Date(firstSeen), d.Description,
                d.SuggestedAction, d.Candidates.Count == 0 ? null : JsonSerializer.Serialize(d.Candidates));
            registry.Add(d.Id, d.Category, Date(firstSeen), Date(run.AsOf));
        }
        insert.Finish();
        registry.Finish();
    }

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
