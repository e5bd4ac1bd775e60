using System.CommandLine;

namespace Reconciler.Cli;

/// <summary><c>reconciler runs</c>: the run history, newest first.</summary>
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
            Console.WriteLine($"{"run_id",-30} {"as_of",-10} {"status",-12} {"trigger",-8} {"started (UTC)",-20} {"seconds",8}");
            foreach (var run in store.Runs(p.GetValue(Last)))
            {
                var seconds = run.FinishedAt is { } end ? (end - run.StartedAt).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "";
                Console.WriteLine($"{run.RunId,-30} {run.AsOf:yyyy-MM-dd} {run.Status,-12} {run.Trigger,-8} {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {seconds,8}");
            }
            return 0;
        }));
        return command;
    }
}
