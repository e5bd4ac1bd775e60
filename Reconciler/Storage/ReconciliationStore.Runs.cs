using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>Put after a text column in ORDER BY: keys sort by code point in every database.</summary>
    private string Ordinal => Dialect.Ordinal;

    /// <summary>The latest completed night before @asOf.</summary>
    private string PreviousRun =>
        $"(SELECT run_id FROM runs WHERE status = 'completed' AND as_of < @asOf ORDER BY as_of DESC, finished_at DESC {Dialect.Limit("1")})";

    /// <summary>The latest completed night.</summary>
    private string LatestRun => $"(SELECT run_id FROM runs WHERE status = 'completed' ORDER BY as_of DESC, finished_at DESC {Dialect.Limit("1")})";

    public void StartRun(string runId, DateOnly asOf, string trigger, string rulesHash, DateTimeOffset at)
    {
        Dialect.RunStarting(this);
        Execute("""INSERT INTO runs(run_id, as_of, status, "trigger", rules_hash, started_at) VALUES (@id, @asOf, @status, @trigger, @hash, @at)""",
            ("@id", runId), ("@asOf", asOf), ("@status", RunStatus.Running.Text()), ("@trigger", trigger), ("@hash", rulesHash), ("@at", Instant(at)));
    }

    public void FailRun(string runId, string message, DateTimeOffset at) =>
        Execute("UPDATE runs SET status = @failed, message = @message, finished_at = @at WHERE run_id = @id AND status = @running",
            ("@id", runId), ("@message", message), ("@at", Instant(at)), ("@failed", RunStatus.Failed.Text()), ("@running", RunStatus.Running.Text()));

    public IReadOnlyList<RunRecord> Runs(int last) => Read($"""
        SELECT run_id, as_of, status, "trigger", started_at, finished_at, message, counts
        FROM runs ORDER BY started_at DESC, run_id {Ordinal} DESC {Dialect.Limit("@last")}
        """, r => new RunRecord(Text(r, 0), Date(r, 1), RunStatuses.Parse(Text(r, 2)), Text(r, 3), Instant(r, 4), r.IsDBNull(5) ? null : Instant(r, 5),
        NullableText(r, 6), NullableText(r, 7)), ("@last", last));

    public StoredRun? LoadRun(DateOnly asOf, bool orEarlier = false)
    {
        var run = Runs(int.MaxValue).Where(r => r.Status == RunStatus.Completed && (orEarlier ? r.AsOf <= asOf : r.AsOf == asOf))
            .OrderByDescending(r => r.AsOf).FirstOrDefault();
        return run is null ? null : LoadRun(run);
    }

    /// <summary>What the completed <paramref name="run"/> wrote.</summary>
    internal StoredRun LoadRun(RunRecord run)
    {
        var id = ("@run", (object?)run.RunId);
        var (openItems, exportedOpen) = StartedFrom(id);
        var settlements = Read("""
            SELECT bank_line_id, bank_x4, currency, batch_kind, batch_id, batch_x4, status, "rule", batch_key, explanation
            FROM settlements WHERE run_id = @run ORDER BY settlement_id
            """, r => new Settlement(Text(r, 0), Amount(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), Amount(r, 5),
            Text(r, 6), Text(r, 7)) { BatchKey = NullableText(r, 8) ?? "", Explanation = NullableText(r, 9) ?? "" }, id);
        var exceptions = Read(ExceptionsOf("@run"), Rows.ExceptionRows.Carried, id);
        var reversals = Read("""
            SELECT source_kind, source_id, kind, currency, amount_x4, original_source_kind, original_source_id, reopened_x4, unapplied_reduced_x4,
                   account, original_account, settled_by
            FROM reversals WHERE run_id = @run ORDER BY ordinal
            """, r => new Rules.Matching.Reversal(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), Amount(r, 4), NullableText(r, 5), NullableText(r, 6),
            Amount(r, 7), Amount(r, 8)) { Account = NullableText(r, 9), OriginalAccount = NullableText(r, 10), SettledBy = NullableText(r, 11) }, id);

        return new StoredRun
        {
            Run = run,
            Inputs = InputsOf(id),
            OpenItems = openItems,
            ExportedOpen = exportedOpen,
            Applications = ApplicationsOf(id),
            Settlements = settlements,
            Exceptions = exceptions.Select(c => (c.Discrepancy, c.FirstSeen)).ToList(),
            Unapplied = UnappliedOf(id),
            Reversals = reversals,
        };
    }

    /// <summary>What a backtest replays the completed <paramref name="run"/> from, and compares the replay with.</summary>
    internal StoredRunToReplay LoadRunToReplay(RunRecord run)
    {
        var id = ("@run", (object?)run.RunId);
        var (openItems, exportedOpen) = StartedFrom(id, _replayedItems);
        return new StoredRunToReplay
        {
            Run = run,
            Inputs = InputsOf(id),
            OpenItems = openItems,
            ExportedOpen = exportedOpen,
            Applications = ApplicationsOf(id, explanations: false),
            Unapplied = UnappliedOf(id),
            Exceptions = Read($"SELECT exception_id, category FROM exceptions WHERE run_id = @run ORDER BY exception_id {Ordinal}", r => (Text(r, 0), Text(r, 1)), id),
        };
    }

    private IReadOnlyList<(string, string, int, string, string)> InputsOf((string, object?) run) => Read($"""
        SELECT i.file_name, i.format, i.records, ri.outcome, i.problems FROM run_inputs ri JOIN imports i ON i.import_id = ri.import_id
        WHERE ri.run_id = @run ORDER BY i.file_name {Ordinal}
        """, r => (Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3), Text(r, 4)), run);

    /// <summary>
    /// The open items the run started from, and what its export said an item owed where the run started from another amount
    /// (<see cref="StoredRunBase.ExportedOpen"/>: the others started from the export). Given <paramref name="recurring"/>, an item
    /// equal to one it read before is that one.
    /// </summary>
    private (List<OpenItem> Items, Dictionary<string, decimal> Exported) StartedFrom((string, object?) run, Rows.RecurringOpenItems? recurring = null)
    {
        OpenItem Item(System.Data.Common.DbDataReader r)
        {
            var item = Rows.LoadRows.Snapshot(r, 0);
            return recurring is null ? item : recurring.Same(item);
        }
        var snapshot = Read($"""
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4, responsible, created_from, patient_name,
                   patient_id, secondary_payer_id, COALESCE(export_open_x4, open_x4)
            FROM open_item_snapshots WHERE run_id = @run ORDER BY invoice_number {Ordinal}
            """, r => (Item: Item(r), Exported: Amount(r, 13)), run);
        recurring?.Read();
        return (snapshot.Select(s => s.Item).ToList(),
            snapshot.Where(s => s.Exported != s.Item.OpenAmount).ToDictionary(s => s.Item.InvoiceNumber, s => s.Exported, StringComparer.Ordinal));
    }

    // The items of the stored nights a backtest replays, read one night after the other (LoadRunToReplay).
    private readonly Rows.RecurringOpenItems _replayedItems = new();

    /// <summary>
    /// The run's applications; without <paramref name="explanations"/>, each with an empty explanation: a backtest compares the
    /// decisions of a month of stored nights (payment, invoice, amount, rule), and their sentences were most of what it read of them.
    /// </summary>
    private IReadOnlyList<Application> ApplicationsOf((string, object?) run, bool explanations = true) => Read($"""
        SELECT source_kind, source_id, source_file, invoice_number, customer_id, applied_x4, currency, "rule", confidence, {(explanations ? "explanation" : "''")}, cash_date
        FROM applications WHERE run_id = @run ORDER BY application_id
        """, r => new Application(Text(r, 0), Text(r, 1), NullableText(r, 2), Text(r, 3), Text(r, 4), Amount(r, 5),
        Text(r, 6), Text(r, 7), decimal.Parse(Text(r, 8), CultureInfo.InvariantCulture), Text(r, 9)) { CashDate = NullableDate(r, 10) }, run);

    private Dictionary<string, decimal> UnappliedOf((string, object?) run) =>
        Read("SELECT source_id, remaining_x4 FROM cash_positions WHERE run_id = @run", r => (Text(r, 0), Amount(r, 1)), run)
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>The exceptions one run wrote (<paramref name="run"/>: a parameter or a subquery), as <see cref="Rows.ExceptionRows.Carried"/> reads them.</summary>
    private string ExceptionsOf(string run) => $"""
        SELECT category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4, expected_x4, currency,
               first_seen, description, suggested_action, candidates, exception_id
        FROM exceptions WHERE run_id = {run}
        ORDER BY exception_id {Ordinal}
        """;
}
