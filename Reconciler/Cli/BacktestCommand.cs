using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Rules.Configuration;
using Reconciler.Rules.Matching;
using Reconciler.Runs.Backtest;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;

namespace Reconciler.Cli;

/// <summary>
/// <c>reconciler backtest --rules FILE [--from DATE] [--to DATE] [--out DIR]</c>: replays the stored nights with candidate
/// rules on a store that commits nothing, and writes what would have changed (backtest.csv, backtest-summary.json).
/// </summary>
public static class BacktestCommand
{
    private static readonly Option<string> RulesPath = new("--rules") { Description = "The candidate rules file (as rules.json)", Required = true };
    private static readonly Option<string?> From = new("--from") { Description = "First night to replay, yyyy-MM-dd (default: the first stored)" };
    private static readonly Option<string?> To = new("--to") { Description = "Last night to replay, yyyy-MM-dd (default: the last stored)" };
    private static readonly Option<string?> Out = new("--out") { Description = "Folder for backtest.csv and backtest-summary.json (default: <reports root>/backtest/)" };

    public static Command Create()
    {
        var command = new Command("backtest", "Replay the stored nights with candidate rules, committing nothing, and show what would change");
        foreach (var option in new Option[] { RulesPath, From, To, Out }) command.Add(option);
        command.SetAction(parse => Cli.Guard(parse, Execute));
        return command;
    }

    private static int Execute(ParseResult parse, AppServices app)
    {
        var candidate = Candidate(parse.GetValue(RulesPath)!);
        var from = parse.GetValue(From) is { } f ? AppServices.ParseDate(f, "--from") : (DateOnly?)null;
        var to = parse.GetValue(To) is { } t ? AppServices.ParseDate(t, "--to") : (DateOnly?)null;
        var outDir = Path.GetFullPath(parse.GetValue(Out) ?? Path.Combine(app.Configuration.Resolve(app.Settings.ReportsRoot), "backtest"));
        if (app.StoreProvider().Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            // Opening a missing SQLite file would create it: a backtest must leave the database as it found it.
            var path = app.Parse.GetValue(GlobalOptions.Db) ?? app.Configuration.Resolve(app.Settings.Database.Path);
            if (!File.Exists(path)) throw new ConfigurationError($"the database {Path.GetFullPath(path)} does not exist: nothing to backtest");
        }
        var scratch = Path.Combine(Path.GetTempPath(), $"reconciler-backtest-{Guid.NewGuid():N}");
        try
        {
            IReadOnlyList<NightComparison> nights;
            var opening = System.Diagnostics.Stopwatch.GetTimestamp();
            using (var store = app.OpenStore(dryRun: true))
            {
                app.Log.Information("Backtest on {Store}: nothing is committed", store is SqliteStore s ? $"a throwaway copy ({s.FilePath})" : "one rolled-back transaction");
                app.Log.Debug("Backtest: the store opened (and copied) in {Seconds:0.00} s", System.Diagnostics.Stopwatch.GetElapsedTime(opening).TotalSeconds);
                // On the SQLite copy, the stored nights are read on other connections while the first replays them.
                var storedNights = store is SqliteStore copy ? new StoredNightsReaders(() => SqliteSnapshot.Open(copy.FilePath), () => new SqliteStore(copy.FilePath)) : null;
                nights = new NightsBacktest(store, app.Formats(), candidate, app.Reports(), app.Clock, app.Log, app.Settings.RunLock, storedNights)
                    .Run(from, to, scratch);
            }
            if (nights.Count == 0) throw new ConfigurationError("no completed night to replay in that range");
            Directory.CreateDirectory(outDir);
            DecisionDiffCsv.Write(Path.Combine(outDir, "backtest.csv"), nights.SelectMany(n => n.Changes));
            BacktestSummaryJson.Write(Path.Combine(outDir, "backtest-summary.json"), candidate.Rules.Hash, nights);
            BacktestTable.Print(nights, Console.Out);
            Console.WriteLine($"Nothing was committed. backtest.csv and backtest-summary.json in {outDir}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private static MatchingEngine Candidate(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationError($"--rules: file {Path.GetFullPath(path)} does not exist");
        var (rules, errors) = RulesFile.Parse(File.ReadAllText(path), Path.GetFileName(path));
        if (rules is null) throw new ConfigurationError($"{path} has {errors.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        return new MatchingEngine(rules);
    }
}
