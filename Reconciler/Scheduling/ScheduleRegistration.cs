using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Quartz.Extensibility;
using Reconciler.Cli;

namespace Reconciler.Scheduling;

/// <summary>
/// Brings the stored schedule in line with the configuration before this worker's scheduler starts. A ledger's stored
/// trigger is left alone when it already has the configured cron and time zone: replacing it, as Quartz does on every
/// start by default, hands a firing that another worker of the cluster has already acquired back to the waiting state,
/// and both workers then run it. A trigger whose schedule changed is replaced, counted on from its last firing, so a
/// night due while the workers were down is still fired once; a ledger no longer configured stops firing.
/// </summary>
public sealed class ScheduleRegistration([FromKeyedServices(ScheduleRegistration.SchedulerName)] ISchedulerFactory factory, AppServices app) : IHostedService
{
    public const string SchedulerName = "reconciler";

    public const string Group = "reconciler";

    public static TriggerKey TriggerOf(string ledger) => new($"nightly-{ledger}", Group);

    public static JobKey JobOf(string ledger) => new($"night-{ledger}", Group);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Creating the scheduler adds the triggers that are not stored yet (QuartzOptions ignore the ones that are).
        var scheduler = await factory.GetScheduler(cancellationToken);
        var zone = app.ScheduleZone();
        var configured = app.Ledgers().ToDictionary(l => TriggerOf(l.Name), l => l.Cron!);
        foreach (var (key, cron) in configured)
        {
            if (await scheduler.GetTrigger(key, cancellationToken) is not ICronTrigger stored) continue;
            if (stored.CronExpressionString == cron && stored.TimeZone.Id == zone.Id)
            {
                app.Log.Information("Schedule {Trigger} is '{Cron}' ({Zone}), next due {Next:o}", key.Name, cron, zone.Id,
                    stored.NextFireTimeUtc?.UtcDateTime);
                continue;
            }
            var replacement = (IMutableTrigger)TriggerBuilder.Create().WithIdentity(key).ForJob(stored.JobKey).WithCronSchedule(cron, Nightly(zone)).Build();
            replacement.StartTimeUtc = stored.StartTimeUtc;
            var operable = (IOperableTrigger)replacement;
            operable.PreviousFireTimeUtc = stored.PreviousFireTimeUtc;
            operable.NextFireTimeUtc = replacement.GetFireTimeAfter(stored.PreviousFireTimeUtc ?? stored.StartTimeUtc);
            await scheduler.RescheduleJob(key, replacement, cancellationToken);
            app.Log.Information("Schedule {Trigger} changed from '{Old}' ({OldZone}) to '{New}' ({Zone}), next due {Next:o}", key.Name,
                stored.CronExpressionString, stored.TimeZone.Id, cron, zone.Id, operable.NextFireTimeUtc?.UtcDateTime);
        }
        var storedKeys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken);
        foreach (var key in storedKeys.Where(k => !configured.ContainsKey(k)))
        {
            app.Log.Information("Schedule {Trigger} is no longer configured: it stops firing", key.Name);
            await scheduler.UnscheduleJob(key, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A ledger's nightly schedule: a night late because every worker was down fires once when one comes back.</summary>
    public static Action<CronScheduleBuilder> Nightly(TimeZoneInfo zone) =>
        cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);
}
