using System.Diagnostics;
using Reconciler.Configuration;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs;

/// <summary>
/// One run at a time per ledger, for console runs and the worker alike. A second run waits (up to the
/// configured time) or refuses, naming the holder; a lock left by a dead process is taken over.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly IReconciliationStore _store;
    private readonly string _ledger;
    private readonly string _holder;
    private readonly TimeProvider _clock;
    private DateTimeOffset _lastBeat;

    private RunLock(IReconciliationStore store, string ledger, string holder, TimeProvider clock)
    {
        _store = store;
        _ledger = ledger;
        _holder = holder;
        _clock = clock;
        _lastBeat = clock.GetUtcNow();
    }

    public static RunLock Acquire(IReconciliationStore store, string ledger, string holder, RunLockSettings settings, TimeProvider clock, ILogger log,
        CancellationToken cancel = default)
    {
        var deadline = clock.GetUtcNow() + TimeSpan.FromSeconds(settings.WaitSeconds);
        var announced = false;
        while (true)
        {
            LockHolder? abandoned = null;
            var current = store.TryAcquireLock(ledger, holder, Environment.ProcessId, Environment.MachineName, clock.GetUtcNow(),
                TimeSpan.FromMinutes(settings.StaleAfterMinutes), IsAlive, previous => abandoned = previous);
            if (current is null)
            {
                if (abandoned is not null)
                {
                    // The holder died (or stopped beating) mid-run: its run never finished and committed nothing.
                    log.Warning("Run lock for ledger {Ledger} taken over from {Previous}, whose process is gone or silent", ledger, abandoned.ToString());
                    store.FailRun(abandoned.Holder, $"abandoned: its process ({abandoned.Host}, pid {abandoned.Pid}) died mid-run; {holder} took the night over",
                        clock.GetUtcNow());
                }
                log.Information("Run lock for ledger {Ledger} taken by {Holder}", ledger, holder);
                return new RunLock(store, ledger, holder, clock);
            }
            if (settings.WhenBusy != "wait" || clock.GetUtcNow() >= deadline)
                throw new RunLockBusyException(ledger, current, settings.WhenBusy == "wait" ? settings.WaitSeconds : null);
            if (!announced)
            {
                log.Information("Waiting up to {Seconds}s for the run lock of ledger {Ledger}, held by {Holder}", settings.WaitSeconds, ledger, current.ToString());
                announced = true;
            }
            Task.Delay(TimeSpan.FromMilliseconds(500), clock, cancel).GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Tells other hosts the holder is alive (at most once a minute). Called between stages: the store's
    /// connection is not shared across threads, so no timer writes it.
    /// </summary>
    public void Beat()
    {
        var now = _clock.GetUtcNow();
        if (now - _lastBeat < TimeSpan.FromMinutes(1)) return;
        _lastBeat = now;
        _store.HeartbeatLock(_ledger, _holder, now);
    }

    public void Dispose() => _store.ReleaseLock(_ledger, _holder);

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
