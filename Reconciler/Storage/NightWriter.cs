using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

/// <summary>
/// Writes one night's results as they come, chunk by chunk, inside the night's one transaction: open items, applications,
/// settlements, trail steps, positions and exceptions, each call streamed to the database's bulk writer. <see cref="Commit"/>
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

    internal NightWriter(ReconciliationStore store, string runId, DateOnly asOf)
    {
        (_store, _runId, _asOf) = (store, runId, asOf);
        store.Dialect.NightWriting(store);
        _unit = store.Begin();
        store.Execute("UPDATE runs SET status = 'superseded' WHERE as_of = @asOf AND status = 'completed' AND run_id <> @run",
            ("@asOf", asOf), ("@run", runId));
    }

    /// <param name="exportedOpen">What the billing export said each item owed (an item missing here: its open amount).</param>
    public void OpenItems(IEnumerable<OpenItem> items, IReadOnlyDictionary<string, decimal> exportedOpen) =>
        Write(StoreTables.Snapshots, items.Select(i => ResultRows.OpenItem(_runId, i, exportedOpen.GetValueOrDefault(i.InvoiceNumber, i.OpenAmount))));

    public void Applications(IEnumerable<Application> applications) =>
        Write(StoreTables.Applications, applications.Select(a => ResultRows.Application(_runId, a)));

    public void Settlements(IEnumerable<Settlement> settlements) =>
        Write(StoreTables.Settlements, settlements.Select(s => ResultRows.Settlement(_runId, s)));

    public void Trail(IEnumerable<TrailEntry> steps) => Write(StoreTables.DecisionTrail, steps.Select(t => ResultRows.TrailStep(_runId, t)));

    /// <summary>What the night left unapplied of each piece of money it considered.</summary>
    public void Positions(IEnumerable<KeyValuePair<string, decimal>> positions) =>
        Write(StoreTables.CashPositions, positions.Select(p => ResultRows.Position(_runId, p.Key, p.Value)));

    public void Exceptions(IEnumerable<(Discrepancy Discrepancy, DateOnly FirstSeen)> exceptions) =>
        Write(StoreTables.Exceptions, exceptions.Select(e => ExceptionRows.Row(_runId, e.Discrepancy, e.FirstSeen)));

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
        _unit.Dispose();
    }

    private void Write(BulkTable table, IEnumerable<object?[]> rows)
    {
        Open();
        _store.Bulk(table, rows);
    }

    private void Open()
    {
        if (_done) throw new InvalidOperationException("the night's results were already committed or rolled back");
    }
}
