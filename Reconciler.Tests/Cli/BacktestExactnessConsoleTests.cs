using System.Text.Json.Nodes;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>
/// The backtest's figures against independent ones: its "before" against the stored nights' own summary.json, its "after" against
/// a real rerun of each night, in order, with the candidate rules on a copy of the database.
/// </summary>
public sealed class BacktestExactnessConsoleTests
{
    private static readonly string[] Nights = ["2026-11-20", "2026-11-21"];

    [Test]
    public void BacktestBefore_IsWhatEachStoredNightReported()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        BacktestConsoleTests.RunSampleNights(folder, config, db);

        var backtest = ConsoleProcess.Run(folder.Path, "backtest", "--rules", Candidate(folder, config), "--out", folder.File("bt"), "--config", config, "--db", db);

        Assert.That(backtest.ExitCode, Is.EqualTo(0), backtest.Error + backtest.Out);
        var nights = NightsOf(folder.File("bt/backtest-summary.json"));
        Assert.Multiple(() =>
        {
            foreach (var night in Nights) Assert.That(Figures(nights[night]["before"]!), Is.EqualTo(Reported(folder.File($"{night}/summary.json"))), night);
        });
    }

    [Test]
    public void BacktestAfter_IsWhatARerunOfEachNightWithTheCandidateRulesReports()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        BacktestConsoleTests.RunSampleNights(folder, config, db);
        var candidate = Candidate(folder, config);
        // The independent answer: the same nights rerun in order, for real, on a copy, with the candidate as the rules in force.
        var copy = folder.File("copy.db");
        File.Copy(db, copy);
        var candidateConfig = folder.File("candidate-config");
        CopyFolder(config, candidateConfig);
        File.Copy(candidate, Path.Combine(candidateConfig, "rules.json"), overwrite: true);
        foreach (var night in Nights)
        {
            var rerun = ConsoleProcess.Run(folder.Path, "rerun", "--as-of", night, "--out", folder.File($"rerun/{night}"), "--config", candidateConfig, "--db", copy);
            Assert.That(rerun.ExitCode, Is.AnyOf(0, 1), rerun.Error);
        }

        var backtest = ConsoleProcess.Run(folder.Path, "backtest", "--rules", candidate, "--out", folder.File("bt"), "--config", config, "--db", db);

        Assert.That(backtest.ExitCode, Is.EqualTo(0), backtest.Error + backtest.Out);
        var nights = NightsOf(folder.File("bt/backtest-summary.json"));
        Assert.Multiple(() =>
        {
            foreach (var night in Nights) Assert.That(Figures(nights[night]["after"]!), Is.EqualTo(Reported(folder.File($"rerun/{night}/summary.json"))), night);
        });
        Assert.That(Figures(nights[Nights[0]]["after"]!), Is.Not.EqualTo(Figures(nights[Nights[0]]["before"]!)), "the candidate changes the first night");
    }

    private static string Candidate(TempFolder folder, string config)
    {
        var candidate = folder.File("candidate-rules.json");
        File.WriteAllText(candidate, BacktestConsoleTests.WithClaimPostingOff(File.ReadAllText(Path.Combine(config, "rules.json"))));
        return candidate;
    }

    private static Dictionary<string, JsonNode> NightsOf(string summary) =>
        JsonNode.Parse(File.ReadAllText(summary))!["nights"]!.AsArray().ToDictionary(n => (string)n!["as_of"]!, n => n!);

    /// <summary>Applications, auto-match rate and exceptions by category, as one comparable line.</summary>
    private static string Figures(JsonNode figures) => Line((int)figures["applications"]!, (decimal)figures["auto_match_rate"]!, figures["exceptions_by_category"]!);

    private static string Reported(string summaryJson)
    {
        var summary = JsonNode.Parse(File.ReadAllText(summaryJson))!;
        return Line((int)summary["counts"]!["applications"]!, (decimal)summary["auto_match_rate"]!, summary["counts"]!["exceptions_by_category"]!);
    }

    private static string Line(int applications, decimal rate, JsonNode byCategory) =>
        $"{applications} applications, rate {rate:0.0000}, " +
        string.Join(", ", byCategory.AsObject().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {(int)p.Value!}"));

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
