using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

/// <summary>
/// Writes one night's results as they come, chunk by chunk, inside the night's one transaction: open items, applications,
/// settlements, trail steps, positions and exceptions, each call streamed to the database's bulk writer, in the table's key order. <see cref="Commit"/>
/// marks the run completed and commits everything at once; <see cref="Rollback"/> (or disposing without committing: a
/// dry run, a failure) leaves nothing behind. Earlier completed runs of the same night become superseded in the same transaction.
/// </summary>
public sealed class NightWriter : IDisposable
{
    private readonly ReconciliationStore _store;
    private readonly StoreUnit _unit;
    private readonly string _runId;
    private readonly DateOnly _asOf;
    private bool _done;
    private TrailStream? _trail;

    internal NightWriter(ReconciliationStore store, string runId, DateOnly asOf)
    {
        (_store, _runId, _asOf) = (store, runId, asOf);
        if (!store.KeepsPageCache) store.Dialect.NightWriting(store);
        _unit = store.Begin();
        store.NightBegun();
        store.Execute("UPDATE runs SET status = 'superseded' WHERE as_of = @asOf AND status = 'completed' AND run_id <> @run",
            ("@asOf", asOf), ("@run", runId));
    }

    /// <summary>The inputs the night's reports list (<c>runs.night_inputs</c>), kept with the run in its transaction: a failed or dry night keeps none.</summary>
    public void Inputs(string inputsJson)
    {
        Open();
        _store.Execute("UPDATE runs SET night_inputs = @inputs WHERE run_id = @id", ("@id", _runId), ("@inputs", inputsJson));
    }

    /// <param name="exportedOpen">What the billing export said each item owed (an item missing here: its open amount).</param>
    public void OpenItems(IEnumerable<OpenItem> items, IReadOnlyDictionary<string, decimal> exportedOpen) =>
        Write(StoreTables.Snapshots, w =>
        {
            foreach (var i in KeyOrder.Sorted(items, item => item.InvoiceNumber)) OpenItemRow(w, i, exportedOpen);
        });

    private void OpenItemRow(BulkRows w, OpenItem item, IReadOnlyDictionary<string, decimal> exportedOpen) =>
        ResultRows.OpenItem(w, _runId, item, exportedOpen.GetValueOrDefault(item.InvoiceNumber, item.OpenAmount));

    public void Applications(IEnumerable<Application> applications) =>
        Write(StoreTables.Applications, w =>
        {
            var confidences = new Dictionary<decimal, string>();
            foreach (var a in applications) ResultRows.Application(w, _runId, a, ResultRows.Confidence(confidences, a.Confidence));
        });

    public void Settlements(IEnumerable<Settlement> settlements) =>
        Write(StoreTables.Settlements, w =>
        {
            foreach (var s in settlements) ResultRows.Settlement(w, _runId, s);
        });

    public void Trail(IEnumerable<TrailEntry> steps) =>
        Write(StoreTables.DecisionTrail, w =>
        {
            var rows = new TrailRows(_runId);
            foreach (var t in KeyOrder.Sorted(steps, (a, b) => string.CompareOrdinal(a.SourceId, b.SourceId) is var c and not 0 ? c : a.Step.CompareTo(b.Step)))
                rows.Step(w, t);
        });

    /// <summary>
    /// The trail, written on a second thread as the match takes its steps (see <see cref="TrailStream"/>); the connection is
    /// that thread's until the stream is finished, which everything else written here waits for.
    /// </summary>
    /// <param name="startingItems">
    /// The items the night starts from, written by the same thread while it waits for steps (as <see cref="OpenItems"/> would
    /// write them): on a big night the match leaves that thread idle most of the time.
    /// </param>
    public TrailStream StreamTrail(IReadOnlyList<OpenItem>? startingItems = null, IReadOnlyDictionary<string, decimal>? exportedOpen = null)
    {
        Open();
        var rows = new TrailRows(_runId);
        return _trail = new TrailStream(steps => Insert(StoreTables.DecisionTrail, w =>
        {
            foreach (var step in steps) rows.Step(w, step);
        }), startingItems is null ? null : OpenItemSlices(startingItems, exportedOpen ?? new Dictionary<string, decimal>()));
    }

    // Slices small enough that the match, whose steps wait meanwhile, never waits long for room to hand more over.
    private const int SliceRows = 8192;

    /// <summary>Writes the next slice of <paramref name="items"/>, in key order, at each call; false once all are written.</summary>
    private Func<bool> OpenItemSlices(IReadOnlyList<OpenItem> items, IReadOnlyDictionary<string, decimal> exportedOpen)
    {
        OpenItem[]? sorted = null;
        var next = 0;
        return () =>
        {
            sorted ??= KeyOrder.Sorted(items, i => i.InvoiceNumber);
            if (next == sorted.Length) return false;
            var end = Math.Min(next + SliceRows, sorted.Length);
            Insert(StoreTables.Snapshots, w =>
            {
                for (; next < end; next++) OpenItemRow(w, sorted[next], exportedOpen);
            });
            return true;
        };
    }

    /// <summary>What the night left unapplied of each piece of money it considered.</summary>
    public void Positions(IEnumerable<KeyValuePair<string, decimal>> positions) =>
        Write(StoreTables.CashPositions, w =>
        {
            foreach (var (source, remaining) in KeyOrder.Sorted(positions, p => p.Key))
                ResultRows.Position(w, _runId, source, remaining);
        });

    /// <summary>The night's returns, refunds and disputes, in the night's order (their journal entries are numbered by it).</summary>
    public void Reversals(IReadOnlyList<Reconciler.Rules.Matching.Reversal> reversals) =>
        Write(StoreTables.Reversals, w =>
        {
            for (var i = 0; i < reversals.Count; i++) ResultRows.Reversal(w, _runId, i + 1, reversals[i]);
        });

    public void Exceptions(IEnumerable<(Discrepancy Discrepancy, DateOnly FirstSeen)> exceptions) =>
        Write(StoreTables.Exceptions, w =>
        {
            foreach (var (d, firstSeen) in KeyOrder.Sorted(exceptions, e => e.Discrepancy.Id))
                ExceptionRows.Row(w, _runId, d, firstSeen);
        });

    /// <summary>
    /// Registers the night's exceptions, marks the run completed and commits. <paramref name="beforeCommit"/> runs just before
    /// the commit; if it throws, nothing is committed.
    /// </summary>
    public void Commit(DateTimeOffset finishedAt, string countsJson, Action? beforeCommit = null)
    {
        Open();
        _store.Execute(_store.Dialect.RegisterExceptions, ("@run", _runId), ("@asOf", _asOf));
        _store.Execute("UPDATE runs SET status = 'completed', finished_at = @at, counts = @counts WHERE run_id = @run",
            ("@run", _runId), ("@at", ReconciliationStore.Instant(finishedAt)), ("@counts", countsJson));
        beforeCommit?.Invoke();
        _unit.Commit();
        _store.NightEnded(_runId);
        Close();
    }

    /// <summary>Undoes everything written since the night began (after a commit: nothing).</summary>
    public void Rollback() => Close();

    public void Dispose() => Close();

    /// <summary>Ends the transaction: committed already, or rolled back now.</summary>
    private void Close()
    {
        if (_done) return;
        _done = true;
        _trail?.Abandon();
        _unit.Dispose();
        _store.NightEnded(null);
    }

    private void Write(BulkTable table, Action<BulkRows> write)
    {
        Open();
        Insert(table, write);
    }

    private void Insert(BulkTable table, Action<BulkRows> write)
    {
        if (_done) throw new InvalidOperationException("the night's results were already committed or rolled back");
        _store.Bulk(table, write);
    }

    /// <summary>Before anything else is written: the night is still open, and its trail (if streamed) is all written.</summary>
    private void Open()
    {
        if (_done) throw new InvalidOperationException("the night's results were already committed or rolled back");
        _trail?.Finish();
    }
}
