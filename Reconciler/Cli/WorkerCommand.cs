using System.CommandLine;
using System.Runtime.InteropServices;
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
            // The host listens for Ctrl+C and SIGTERM only once it starts; before (the database migrated, the scheduler built)
            // either ended the process at once (exit 143, a failed stop to a service manager). They are heard from here on.
            var stop = new StopBeforeStart();
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, stop.Requested);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, stop.Requested);
            using (app.OpenStore()) { } // migrate before the scheduler shares the database
            using var host = WorkerHost.Build(app);
            app.Log.Information("Worker starting: {Ledgers} ledger(s), schedule in {TimeZone}", app.Ledgers().Count, app.ScheduleZone().Id);
            // Taken before the run: a host that failed to start is disposed by then, and its services with it.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            var (started, stopping) = (lifetime.ApplicationStarted, lifetime.ApplicationStopping);
            if (stop.HandOver(lifetime))
            {
                app.Log.Information("Worker stopped before it started: no night had begun");
                return 0;
            }
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

    /// <summary>
    /// A stop asked for before the host listens: remembered until the host's lifetime is handed over, then passed on to it
    /// (a stop that comes while the host starts cancels the start).
    /// </summary>
    private sealed class StopBeforeStart
    {
        private readonly Lock _gate = new();
        private bool _requested;
        private IHostApplicationLifetime? _lifetime;

        public void Requested(PosixSignalContext context)
        {
            context.Cancel = true; // the worker stops itself, cleanly
            lock (_gate)
            {
                _requested = true;
                _lifetime?.StopApplication();
            }
        }

        /// <summary>From now on a stop goes to <paramref name="lifetime"/>; true when one was asked for already.</summary>
        public bool HandOver(IHostApplicationLifetime lifetime)
        {
            lock (_gate)
            {
                _lifetime = lifetime;
                return _requested;
            }
        }
    }
}
