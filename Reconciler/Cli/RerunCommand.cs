using System.CommandLine;
using System.Globalization;
using Reconciler.Configuration;
using Reconciler.Runs;
using Reconciler.Runs.Backtest;

namespace Reconciler.Cli;

/// <summary>
/// <c>reconciler rerun --as-of DATE | --run RUN-ID</c>: recomputes a night from what the store kept of it (the
/// files it read, the open items its export gave, the decisions taken) with the current rules, replacing that
/// night's results and keeping the old run in history; rerun-diff.csv says which decisions changed.
/// </summary>
public static class RerunCommand
{
    private static readonly Option<string?> AsOf = new("--as-of") { Description = "The night to recompute, yyyy-MM-dd" };
    private static readonly Option<string?> RunId = new("--run") { Description = "The run whose night to recompute" };
    private static readonly Option<string?> Out = new("--out") { Description = "Folder for the reports (default: <reports root>/<as-of>/)" };

    public static Command Create()
    {
        var command = new Command("rerun", "Recompute a night from its stored inputs, keeping the earlier run in history");
        foreach (var option in new Option[] { AsOf, RunId, Out }) command.Add(option);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        using var store = app.OpenStore();
        var asOf = (parse.GetValue(AsOf), parse.GetValue(RunId)) switch
        {
            ({ } date, null) => AppServices.ParseDate(date, "--as-of"),
            (null, { } id) => store.Runs(int.MaxValue).FirstOrDefault(r => r.RunId == id)?.AsOf ?? throw new ConfigurationError($"--run: no run {id} in this database"),
            _ => throw new ConfigurationError("give either --as-of DATE or --run RUN-ID"),
        };
        var original = store.LoadRun(asOf) ?? throw new ConfigurationError($"the night {asOf:yyyy-MM-dd} has no completed run to recompute");
        var outDir = Path.GetFullPath(parse.GetValue(Out) ?? Path.Combine(app.Configuration.Resolve(app.Settings.ReportsRoot), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var options = StoredRerun.Options(original, outDir, app.Configuration.Resolve(app.Settings.QuarantineRoot), "rerun");
        var outcome = new ReconciliationRun(store, app.Formats(), app.Rules(), app.Reports(), app.Clock, app.Log, app.Settings.RunLock).Execute(options);
        Console.WriteLine($"Recomputed {asOf:yyyy-MM-dd}: run {outcome.Night.RunId} replaces {original.Run.RunId} (kept in history).");
        RunSummaryText.Print(outcome.Night, options, Console.Out);
        // What changed against the run it supersedes, beside the reports (written after they are published, which replaces the folder).
        var changes = DecisionDiff.Between(asOf, original.Applications, outcome.Night.Matching.Applications);
        DecisionDiffCsv.Write(Path.Combine(options.OutDir, "rerun-diff.csv"), changes);
        Console.WriteLine(changes.Count == 0
            ? $"No decision changed against {original.Run.RunId}."
            : $"Against {original.Run.RunId}: {changes.Count(c => c.Change == "added")} added, {changes.Count(c => c.Change == "removed")} removed, " +
              $"{changes.Count(c => c.Change == "changed")} changed (rerun-diff.csv).");
        return outcome.ExitCode;
    }
}
