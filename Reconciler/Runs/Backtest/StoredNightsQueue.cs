using System.Collections.Concurrent;
using System.Globalization;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// The stored nights, in date order, for their replays. With a second store that sees the nights as stored (a snapshot), they are
/// read on a thread of their own, a few nights ahead of the replays, which then wait only for the night they are about to replay;
/// without one, every night is read here, before any is replayed.
/// </summary>
internal sealed class StoredNightsQueue : IDisposable
{
    // A few nights ahead is enough to never keep a replay waiting, and bounds what is held that the replays have not taken yet.
    private const int Ahead = 4;

    private readonly IReadOnlyList<StoredNight>? _read;
    private readonly BlockingCollection<StoredNight>? _queue;
    private readonly Task? _reader;
    private readonly CancellationTokenSource _stop = new();

    public StoredNightsQueue(IReadOnlyList<DateOnly> nights, Func<IReconciliationStore>? snapshot, Func<IReconciliationStore, DateOnly, StoredNight> read,
        ILogger log, IReconciliationStore? store = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        void Done() => log.Debug("Backtest: the {Nights} stored night(s) read in {Seconds} s", nights.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        if (snapshot is null)
        {
            _read = nights.Select(n => read(store!, n)).ToList();
            Done();
            return;
        }
        // Opened here, before the first replay writes anything: the snapshot is taken as it opens.
        var reader = snapshot();
        _queue = new BlockingCollection<StoredNight>(Ahead);
        _reader = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var night in nights) _queue.Add(read(reader, night), _stop.Token);
                Done();
            }
            finally
            {
                // Let the snapshot go at once: while it is held, the copy's write-ahead log cannot be checkpointed.
                reader.Dispose();
                _queue.CompleteAdding();
            }
        }, _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public IEnumerable<StoredNight> InOrder()
    {
        if (_read is not null)
        {
            foreach (var night in _read) yield return night;
            yield break;
        }
        foreach (var night in _queue!.GetConsumingEnumerable()) yield return night;
        // A failure reading a night ends the queue early: it is the backtest's failure.
        _reader!.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (_reader is not null)
        {
            _stop.Cancel();
            // Stopped early (a replay failed, whose error is the one to show), or already surfaced by InOrder.
            try { _reader.Wait(); }
            catch (AggregateException) { }
        }
        _queue?.Dispose();
        _stop.Dispose();
    }
}
