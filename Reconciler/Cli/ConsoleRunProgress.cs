using Reconciler.Runs;
using Spectre.Console;

namespace Reconciler.Cli;

/// <summary>
/// Progress bars for a person at a terminal: one bar for the inbox files, one per later stage. Fed by the
/// run's <see cref="IRunProgress"/> calls, which come on the run's own thread.
/// </summary>
public sealed class ConsoleRunProgress(ProgressContext context, int files) : IRunProgress
{
    private readonly ProgressTask _files = context.AddTask("reading the inbox", maxValue: Math.Max(files, 1));
    private readonly Dictionary<string, ProgressTask> _stages = new(StringComparer.Ordinal);

    public void StageStarted(string stage)
    {
        if (stage is "parse" or "store") return; // counted per file on the inbox bar
        if (!_stages.ContainsKey(stage)) _stages[stage] = context.AddTask(Describe(stage), maxValue: 1);
        _stages[stage].IsIndeterminate = true;
    }

    public void StageFinished(string stage, TimeSpan elapsed, long rows)
    {
        if (!_stages.TryGetValue(stage, out var task)) return;
        task.IsIndeterminate = false;
        task.Description = $"{Describe(stage)} ({rows:N0} in {elapsed.TotalSeconds:0.0}s)";
        task.Value = task.MaxValue;
    }

    public void FileRead(string file, string format, int records)
    {
        _files.Description = $"reading the inbox: {Markup.Escape(file)} ({format}, {records:N0})";
        _files.Increment(1);
    }

    /// <summary>Runs <paramref name="work"/> under progress bars when a person watches, plainly otherwise.</summary>
    public static T Show<T>(bool interactive, int files, Func<IRunProgress?, T> work)
    {
        if (!interactive) return work(null);
        return AnsiConsole.Progress().AutoClear(true).HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var progress = new ConsoleRunProgress(context, files);
                var result = work(progress);
                progress._files.Value = progress._files.MaxValue;
                return result;
            });
    }

    private static string Describe(string stage) => stage switch
    {
        "open_items" => "loading open items",
        "load" => "loading what earlier nights left",
        "match" => "matching",
        "exceptions" => "classifying exceptions",
        "reports" => "writing reports",
        "commit" => "committing",
        _ => stage,
    };
}
