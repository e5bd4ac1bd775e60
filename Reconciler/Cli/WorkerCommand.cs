using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Reconciler.Scheduling;

namespace Reconciler.Cli;

/// <summary><c>reconciler worker</c>: the scheduled service; Ctrl+C or SIGTERM stops it cleanly.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var command = new Command("worker", "Run the nightly schedule as a service (Ctrl+C / SIGTERM stops it cleanly)");
        command.SetAction(parse => Cli.Guard(parse, (_, app) =>
        {
            using (app.OpenStore()) { } // migrate before the scheduler shares the database
            using var host = WorkerHost.Build(app);
            app.Log.Information("Worker starting: {Ledgers} ledger(s), schedule in {TimeZone}", app.Ledgers().Count, app.ScheduleZone().Id);
            // Taken before the run: a host that failed to start is disposed by then, and its services with it.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            var (started, stopping) = (lifetime.ApplicationStarted, lifetime.ApplicationStopping);
            try
            {
                host.Run();
                app.Log.Information("Worker stopped");
            }
            catch (Exception) when (stopping.IsCancellationRequested && !started.IsCancellationRequested)
            {
                // Ctrl+C or SIGTERM while the scheduler was still starting cancels the start, whatever step it was in (Quartz
                // wraps the cancellation of its store's statements): a clean stop before any night began.
                app.Log.Information("Worker stopped while starting: no night had begun");
            }
            return 0;
        }));
        return command;
    }
}
