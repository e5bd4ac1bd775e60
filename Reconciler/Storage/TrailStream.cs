using System.Collections.Concurrent;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage;

/// <summary>
/// The night's trail written into the night's transaction while the match takes its steps: the match hands the steps over in
/// batches and a second thread inserts them, so the trail (about two steps per payment, the night's biggest table) is written
/// on the other core instead of after the match, and is never held whole. Until <see cref="Finish"/> the store's connection
/// is that thread's alone; <see cref="NightWriter"/> waits for it before anything else it writes.
/// The steps come nearly in key order (the match takes the payments in source order); the few later steps of a payment
/// (a reversal, a reviewer's decision) are inserted where they belong.
/// The writer is idle for much of the match (it writes faster than the match decides): it then writes what it is given to
/// write meanwhile (the items the night starts from), a slice at a time, and takes the steps handed over between slices.
/// </summary>
public sealed class TrailStream : ITrailSink
{
    private const int BatchSize = 4096;
    // A few batches in hand: the match waits when the writer falls that far behind, so the steps in memory stay bounded.
    private readonly BlockingCollection<ArraySegment<TrailEntry>> _batches = new(boundedCapacity: 8);
    private readonly CancellationTokenSource _failed = new();
    private readonly Task _writing;
    private TrailEntry[] _batch = new TrailEntry[BatchSize];
    private int _count;

    /// <param name="write">Writes the steps it is given as they come, on the stream's thread.</param>
    /// <param name="meanwhile">Writes a slice of other rows of the night when no steps wait; false once it has nothing left.</param>
    internal TrailStream(Action<IEnumerable<TrailEntry>> write, Func<bool>? meanwhile = null) =>
        _writing = Task.Run(() =>
        {
            try
            {
                if (meanwhile is not null) WriteMeanwhile(write, meanwhile);
                write(Steps());
            }
            catch
            {
                _failed.Cancel(); // wakes the match if it waits to hand over a batch
                throw;
            }
        });

    private volatile bool _abandoned;

    /// <summary>The steps waiting, then a slice of the other rows, in turn, until the other rows are all written (or the night is abandoned).</summary>
    private void WriteMeanwhile(Action<IEnumerable<TrailEntry>> write, Func<bool> meanwhile)
    {
        while (!_abandoned)
        {
            if (_batches.Count > 0) write(Waiting());
            else if (!meanwhile()) return;
        }
    }

    public void Add(TrailEntry step)
    {
        // The match reuses a payment's list of rejections once the step is handed over: the stream keeps its own copy.
        if (step.Rejections is { } rejections) step = new TrailEntry(step.SourceId, step.Step, step.Rule, step.Outcome, rejections.ToArray());
        _batch[_count++] = step;
        if (_count == BatchSize) HandOver();
    }

    /// <summary>Hands over the last steps and waits until every step is written; the writer's failure is thrown here.</summary>
    public void Finish()
    {
        if (!_batches.IsAddingCompleted)
        {
            HandOver();
            _batches.CompleteAdding();
        }
        _writing.GetAwaiter().GetResult();
    }

    /// <summary>After a failure elsewhere: lets the writer end without throwing (what it wrote is rolled back with the night).</summary>
    internal void Abandon()
    {
        _abandoned = true;
        if (!_batches.IsAddingCompleted) _batches.CompleteAdding();
        try { _writing.Wait(); } catch (AggregateException) { }
    }

    private void HandOver()
    {
        if (_count == 0) return;
        try { _batches.Add(new ArraySegment<TrailEntry>(_batch, 0, _count), _failed.Token); }
        catch (OperationCanceledException)
        {
            _writing.GetAwaiter().GetResult(); // the writer's own failure, not a cancellation of the night
            throw;
        }
        _batch = new TrailEntry[BatchSize];
        _count = 0;
    }

    private IEnumerable<TrailEntry> Steps()
    {
        foreach (var batch in _batches.GetConsumingEnumerable())
            foreach (var step in batch) yield return step;
    }

    /// <summary>The steps handed over and not yet written, without waiting for more.</summary>
    private IEnumerable<TrailEntry> Waiting()
    {
        while (_batches.TryTake(out var batch))
            foreach (var step in batch) yield return step;
    }
}
