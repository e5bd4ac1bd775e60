using Microsoft.Extensions.Hosting;
using Quartz;
using Reconciler.Cli;
using Reconciler.Runs;

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
        var fired = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var asOf = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fired, app.ScheduleZone()).DateTime);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            using var store = app.OpenStore();
            var options = app.NightOptions(asOf, ledger.Inbox, ledger.Invoices, outDir: null, dryRun: false) with { Trigger = "schedule", Ledger = ledger.Name };
            new ReconciliationRun(store, app.Formats(), app.Rules(), app.Reports(), app.Clock, app.Log, app.Settings.RunLock).Execute(options, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Logged by the run; the night is done again on the next start.
        }
        catch (Exception e)
        {
            // A failed night is in the run history (and `runs --last 1` reports it); the worker stays up for the next one.
            app.Log.Error(e, "Scheduled night {AsOf} of ledger {Ledger} failed: {Reason}", asOf, ledger.Name, e.Message);
        }
        return ValueTask.CompletedTask;
    }
}
