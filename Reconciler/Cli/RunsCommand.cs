using System.CommandLine;
using Reconciler.Storage;

namespace Reconciler.Cli;

/// <summary>
/// <c>reconciler runs</c>: the run history, newest first, and the schedule's health: the exit code is 1 when
/// the last scheduled night failed or is overdue, so an external monitor can alert on it.
/// </summary>
public static class RunsCommand
{
    private static readonly Option<int> Last = new("--last") { Description = "How many runs to list", DefaultValueFactory = _ => 20 };

    public static Command Create()
    {
        var command = new Command("runs", "List past runs, newest first");
        command.Add(Last);
        command.SetAction(parse => Cli.Guard(parse, (p, app) =>
        {
            using var store = app.OpenStore();
            Console.WriteLine($"{"run_id",-30} {"as_of",-10} {"status",-12} {"trigger",-8} {"started (UTC)",-20} {"seconds",8} {"applied",8} {"exceptions",10}");
            foreach (var run in store.Runs(p.GetValue(Last)))
            {
                var seconds = run.FinishedAt is { } end ? (end - run.StartedAt).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "";
                var (applied, exceptions) = Counts(run.Counts);
                Console.WriteLine($"{run.RunId,-30} {run.AsOf:yyyy-MM-dd} {run.Status.Text(),-12} {run.Trigger,-8} {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {seconds,8} {applied,8} {exceptions,10}");
            }
            var ledger = app.Ledgers()[0];
            var health = Scheduling.ScheduleHealth.Check(store.Runs(int.MaxValue), ledger.Cron!, app.ScheduleZone(),
                TimeSpan.FromMinutes(app.Settings.Schedule.GraceMinutes), app.Clock.GetUtcNow());
            Console.WriteLine($"schedule: {(health.Healthy ? "ok" : "NOT OK")}: {health.Message}");
            return health.Healthy ? 0 : Runs.ExitCodes.CompletedWithProblems;
        }));
        return command;
    }

    private static (string Applied, string Exceptions) Counts(string? json)
    {
        if (json is null) return ("", "");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        string Read(string name) => document.RootElement.TryGetProperty(name, out var value) ? value.ToString() : "";
        return (Read("applications"), Read("exceptions"));
    }
}
