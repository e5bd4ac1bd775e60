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
        // A stored trigger is kept (ScheduleRegistration replaces it only when its schedule changed): replaced on every
        // start, a firing another worker had already acquired would run on both.
        builder.Services.PostConfigureAll<QuartzOptions>(o =>
        {
            o.Scheduling.OverwriteExistingData = false;
            o.Scheduling.IgnoreDuplicates = true;
        });
        builder.Services.AddQuartz(ScheduleRegistration.SchedulerName, q =>
        {
            var plan = SchedulerStorePlan.For(app);
            q.ConfigureScheduler(o => o.InstanceId = plan.Clustered ? InstanceId() : QuartzSchedulerOptions.DefaultInstanceId);
            q.UsePersistentStore(store =>
            {
                switch (plan.Provider)
                {
                    case "PostgreSql": store.UsePostgres(plan.ConnectionString); break;
                    case "SqlServer": store.UseSqlServer(plan.ConnectionString); break;
                    default: store.UseSqlite(plan.ConnectionString); break;
                }
                store.ProvisionSchema();
                if (plan.Clustered)
                {
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(app.Settings.Schedule.CheckinSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(app.Settings.Schedule.CheckinMisfireSeconds);
                    });
                }
            });
            app.Log.Information("Schedule store: {Provider}{Clustered}", plan.Provider, plan.Clustered ? $", clustered as worker {InstanceId()}" : "");
            foreach (var ledger in ledgers)
            {
                q.ScheduleJob<NightlyRunJob>(
                    trigger => trigger.WithIdentity(ScheduleRegistration.TriggerOf(ledger.Name)).WithCronSchedule(ledger.Cron!, ScheduleRegistration.Nightly(zone)),
                    job => job.WithIdentity(ScheduleRegistration.JobOf(ledger.Name)).UsingJobData(NightlyRunJob.LedgerKey, ledger.Name).StoreDurably()
                        // A night whose worker died mid-run is fired again on another worker (clustered) or on the next start.
                        .RequestRecovery());
            }
        });
        builder.Services.AddHostedService<ScheduleRegistration>(); // before the scheduler starts
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }

    /// <summary>This worker's id in the cluster: unique per process (host and pid), and what the logs name.</summary>
    public static string InstanceId() => $"{Environment.MachineName}-{Environment.ProcessId}";

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
