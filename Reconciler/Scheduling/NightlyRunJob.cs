using Microsoft.Extensions.Hosting;
using Quartz;
using Reconciler.Cli;
using Reconciler.Configuration;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Scheduling;

/// <summary>
/// The scheduled night of one ledger. Never two at once; when the service is asked to stop, the night stops
/// at its next safe point (nothing is committed half-way) and the next start does it again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class NightlyRunJob(AppServices app, IHostApplicationLifetime lifetime) : IJob
{
    public const string LedgerKey = "ledger";

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var ledger = app.Ledger(context.MergedJobDataMap.GetString(LedgerKey) ?? "default");
        var fired = LatestDue(context);
        var asOf = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fired, app.ScheduleZone()).DateTime);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var worker = context.Scheduler.SchedulerInstanceId;
        var day = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            app.Log.Information("Worker {Worker} (pid {Pid}) runs the scheduled night {AsOf} of ledger {Ledger} (firing {Fired:o}){Recovery}", worker, Environment.ProcessId, day,
                ledger.Name, fired.UtcDateTime, context.Recovering ? $" again: recovering the firing of {context.RecoveringTriggerKey} that a failed worker left" : "");
            using var store = app.OpenStore();
            if (context.Recovering && store.Runs(50).FirstOrDefault(r => r.AsOf == asOf && r.Status == RunStatus.Completed
                    && r.StartedAt >= fired) is { } done)
            {
                // The night was done again by a later firing (which found the dead worker's lock and took it over) before recovery.
                app.Log.Information("Worker {Worker}: the recovered night {AsOf} of ledger {Ledger} was already completed by run {RunId}; nothing to do",
                    worker, day, ledger.Name, done.RunId);
                return ValueTask.CompletedTask;
            }
            var options = app.NightOptions(asOf, ledger.Inbox, ledger.Invoices, outDir: null, dryRun: false) with { Trigger = "schedule", Ledger = ledger.Name };
            new ReconciliationRun(store, app.Formats(), app.Rules(), app.Reports(), app.Clock, app.Log, LockSettings(context.Recovering), app.OpenItemsSource())
                .Execute(options, stop.Token);
            app.Log.Information("Worker {Worker} finished the scheduled night {AsOf} of ledger {Ledger}", worker, day, ledger.Name);
        }
        catch (RunLockBusyException busy)
        {
            // Another run of the ledger is under way (a console run, or the same firing on a second worker that took this one
            // for dead): it does the night; nothing was started here, so this firing leaves no failed run behind.
            app.Log.Warning("Worker {Worker}: the night {AsOf} of ledger {Ledger} is left to the run that holds its lock ({Holder})", worker, day,
                ledger.Name, busy.Holder);
        }
        catch (OperationCanceledException)
        {
            // Logged by the run; the night is done again on the next start.
        }
        catch (Exception e)
        {
            // A failed night is in the run history (and `runs --last 1` reports it); the worker stays up for the next one.
            app.Log.Error(e, "Scheduled night {AsOf} of ledger {Ledger} failed: {Reason}", day, ledger.Name, e.Message);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The night this firing stands for: its scheduled time, or, when the worker was down over several nights and Quartz fires
    /// the missed ones once on its return (it reports the first), the latest that was due, so the one run covers up to it.
    /// </summary>
    private DateTimeOffset LatestDue(IJobExecutionContext context)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.Trigger is not ICronTrigger { CronExpressionString: { } cron } trigger || context.FireTimeUtc - scheduled < TimeSpan.FromMinutes(1))
            return scheduled;
        var latest = ScheduleHealth.LastFireTime(cron, trigger.TimeZone, context.FireTimeUtc) ?? scheduled;
        if (latest <= scheduled) return scheduled;
        app.Log.Warning("Nights due from {First:o} to {Latest:o} were missed while the worker was down: running the latest once",
            scheduled.UtcDateTime, latest.UtcDateTime);
        return latest;
    }

    /// <summary>
    /// A recovered night waits for the dead worker's run lock: on this host it is taken over at once (its pid is gone);
    /// from another host it becomes free when its heartbeat is older than RunLock:StaleAfterMinutes.
    /// </summary>
    private RunLockSettings LockSettings(bool recovering)
    {
        var configured = app.Settings.RunLock;
        if (!recovering) return configured;
        return new RunLockSettings
        {
            WhenBusy = "wait",
            WaitSeconds = Math.Max(configured.WaitSeconds, configured.StaleAfterMinutes * 60 + 120),
            StaleAfterMinutes = configured.StaleAfterMinutes,
        };
    }
}
