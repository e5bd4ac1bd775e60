using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

public sealed class RerunDiffConsoleTests
{
    [Test]
    public void RerunAfterSwitchingClaimPostingOff_WritesTheRemovedClaimPostingsToRerunDiff()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        BacktestConsoleTests.RunSampleNights(folder, config, db);
        var rules = Path.Combine(config, "rules.json");
        File.WriteAllText(rules, BacktestConsoleTests.WithClaimPostingOff(File.ReadAllText(rules)));

        var rerun = ConsoleProcess.Run(folder.Path, "rerun", "--as-of", "2026-11-20", "--out", folder.File("rerun"), "--config", config, "--db", db);

        Assert.That(rerun.ExitCode, Is.AnyOf(0, 1), rerun.Error);
        var expected = ReportFiles.Rows(folder.File("2026-11-20/applications.csv")).Where(r => BacktestConsoleTests.ClaimPostingRules.Contains(r["rule"]))
            .Select(r => $"{r["source_kind"]}|{r["source_id"]}").Distinct().Order(StringComparer.Ordinal).ToList();
        var diff = ReportFiles.Rows(folder.File("rerun/rerun-diff.csv"));
        Assert.That(expected, Is.Not.Empty);
        Assert.That(diff.Select(r => $"{r["source_kind"]}|{r["source_id"]}").Order(StringComparer.Ordinal), Is.EqualTo(expected));
        Assert.That(diff.Select(r => r["change"]).Distinct(), Is.EqualTo(new[] { "removed" }));
        Assert.That(rerun.Out, Does.Contain($"{expected.Count} removed"));
    }

    [Test]
    public void RerunWithTheSameRules_WritesAnEmptyRerunDiff()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        BacktestConsoleTests.RunSampleNights(folder, config, db);

        var rerun = ConsoleProcess.Run(folder.Path, "rerun", "--as-of", "2026-11-21", "--out", folder.File("rerun"), "--config", config, "--db", db);

        Assert.That(rerun.ExitCode, Is.AnyOf(0, 1), rerun.Error);
        Assert.That(File.ReadAllLines(folder.File("rerun/rerun-diff.csv")), Is.EqualTo(new[] { string.Join(",", Reconciler.Runs.Backtest.DecisionDiffCsv.Header) }));
        Assert.That(rerun.Out, Does.Contain("No decision changed"));
    }
}
