using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Reconciler.Cli;
using Reconciler.Configuration;
using Serilog;

namespace Reconciler.Scheduling;

/// <summary>
/// The scheduled service: a generic host running Quartz with its job store persisted in the same database
/// (schema provisioned on start), one nightly job per ledger, a missed night fired once on return, and a
/// clean stop on Ctrl+C / SIGTERM (the running night stops at a safe point or finishes).
/// </summary>
public static class WorkerHost
{
    public static IHost Build(AppServices app)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSerilog(app.Log, dispose: false);
        builder.Services.AddSingleton(app);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(5));
        var zone = app.ScheduleZone();
        var ledgers = app.Ledgers();
        foreach (var ledger in ledgers)
        {
            if (!IsValidCron(ledger.Cron!))
                throw new ConfigurationError($"Reconciler:Schedule: '{ledger.Cron}' (ledger {ledger.Name}) is not a valid Quartz cron expression (seconds first, e.g. \"0 0 2 * * ?\")");
        }
        builder.Services.AddQuartz("reconciler", q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(app.SchedulerConnectionString());
                store.ProvisionSchema();
            });
            foreach (var ledger in ledgers)
            {
                q.ScheduleJob<NightlyRunJob>(
                    trigger => trigger.WithIdentity($"nightly-{ledger.Name}", "reconciler")
                        .WithCronSchedule(ledger.Cron!, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)),
                    job => job.WithIdentity($"night-{ledger.Name}", "reconciler").UsingJobData(NightlyRunJob.LedgerKey, ledger.Name).StoreDurably());
            }
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }

    private static bool IsValidCron(string cron)
    {
        try
        {
            _ = new CronExpression(cron);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
