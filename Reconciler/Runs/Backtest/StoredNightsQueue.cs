using System.Collections.Concurrent;
using System.Globalization;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// The stored nights, in date order, for their replays. Without <see cref="StoredNightsReaders"/>, every night is read here,
/// before any is replayed. With them, on two threads while the nights are replayed: on a snapshot taken before the first replay,
/// what the replays change (the cash each stored night started from, which depends on which runs are completed), quickly, so the
/// snapshot is let go early; and on a plain second connection, what each stored run wrote (found by its run id, which no replay
/// changes) and the bank lines and batch items first stored since the night before (which no replay changes either), a few
/// nights ahead of the replays, which then wait only for the night they are about to replay.
/// </summary>
internal sealed class StoredNightsQueue : IDisposable
{
    // A few nights ahead is enough to never keep a replay waiting, and bounds what is held that the replays have not taken yet.
    private const int Ahead = 4;

    private readonly IReadOnlyList<StoredNight>? _read;
    private readonly BlockingCollection<StoredNight>? _queue;
    private readonly Task[] _readers = [];
    private readonly CancellationTokenSource _stop = new();

    public delegate StoredNight Build(IReconciliationStore store, StoredRunToReplay original, IReadOnlyList<(string Id, decimal Remaining)> cash);

    public StoredNightsQueue(IReconciliationStore store, IReadOnlyList<DateOnly> nights, StoredNightsReaders? readers, Build build, ILogger log)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        void Done(string what) => log.Debug("Backtest: {What} of the {Nights} stored night(s) read in {Seconds} s", what, nights.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        if (readers is null)
        {
            _read = nights.Select(n => build(store, Original(store, n), store.OutstandingCashAmounts(n))).ToList();
            Done("all");
            return;
        }
        // Opened here, before the first replay writes anything: the snapshot is taken as it opens.
        var snapshot = readers.Snapshot();
        var runs = nights.Select(n => Completed(snapshot, n)).ToList();
        var cash = nights.Select(_ => new TaskCompletionSource<IReadOnlyList<(string, decimal)>>(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        _queue = new BlockingCollection<StoredNight>(Ahead);
        _readers =
        [
            Start(() =>
            {
                try
                {
                    for (var i = 0; i < nights.Count; i++) cash[i].SetResult(snapshot.OutstandingCashAmounts(nights[i]));
                    Done("the cash");
                }
                catch (Exception e)
                {
                    foreach (var waiting in cash) waiting.TrySetException(e);
                    throw;
                }
                finally
                {
                    // While the snapshot is held, the copy's write-ahead log cannot be checkpointed: it grows with every night replayed.
                    snapshot.Dispose();
                }
            }),
            Start(() =>
            {
                try
                {
                    using var plain = readers.Plain();
                    for (var i = 0; i < nights.Count; i++)
                    {
                        var original = plain.LoadRunToReplay(runs[i]);
                        var night = build(plain, original, cash[i].Task.GetAwaiter().GetResult());
                        // The lines and items a night reads for the first time, made here on this thread rather than by the replay (the first night's backlog is the replay's).
                        _queue.Add(i == 0 ? night : night with
                        {
                            NewLines = plain.CreditsReadSince(nights[i - 1], nights[i]), NewItems = plain.ItemsReadSince(nights[i - 1], nights[i]),
                        }, _stop.Token);
                    }
                    Done("all");
                }
                finally
                {
                    _queue.CompleteAdding();
                }
            }),
        ];
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
        foreach (var reader in _readers) reader.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _stop.Cancel();
        // Stopped early (a replay failed, whose error is the one to show), or already surfaced by InOrder.
        try { Task.WaitAll(_readers); }
        catch (AggregateException) { }
        _queue?.Dispose();
        _stop.Dispose();
    }

    private Task Start(Action read) => Task.Factory.StartNew(read, _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    // Read as the readers read it: every night is held here before the first replay, so only what a replay and its comparison use.
    private static StoredRunToReplay Original(IReconciliationStore store, DateOnly night) =>
        ((ReconciliationStore)store).LoadRunToReplay(Completed(store, night));

    /// <summary>The night's completed run, as <see cref="IReconciliationStore.LoadRun"/> finds it.</summary>
    private static RunRecord Completed(IReconciliationStore store, DateOnly night) =>
        store.Runs(int.MaxValue).FirstOrDefault(r => r.Status == RunStatus.Completed && r.AsOf == night)
        ?? throw new InvalidOperationException($"the night {night:yyyy-MM-dd} has no completed run");
}
