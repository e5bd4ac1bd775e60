using System.Globalization;
using System.Text.Json.Nodes;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Tools.Generate;

/// <summary>Three small generated nights run one after the other through the real run, into one SQLite file.</summary>
public sealed class NightSeriesEndToEndTests
{
    private static readonly DateOnly LastNight = new(2026, 11, 20);

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Test]
    public void ABacktestOfTheSeries_WithTheRulesInForce_ChangesNoDecision()
    {
        using var series = new SeriesRun(nights: 3, size: 300, seed: 5, LastNight);
        foreach (var asOf in series.Series.Nights) Assert.That(series.Run(asOf).ExitCode, Is.EqualTo(0), $"{asOf}");
        // What a replay once lost: claims whose export names the secondary payer, posted to it by the stored nights.
        var sentToSecondary = series.Series.Nights.Sum(asOf => ReportFiles.Rows(Path.Combine(series.Reports(asOf), "applications.csv"))
            .Count(a => a["rule"] == "secondary_payer"));
        Assert.That(sentToSecondary, Is.GreaterThan(0), "the series posts claims to their secondary payers");
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);

        var backtest = ConsoleProcess.Run(folder.Path, "backtest", "--rules", Repository.Path("config", "rules.json"), "--out", folder.File("bt"),
            "--config", config, "--db", series.Database);

        Assert.That(backtest.ExitCode, Is.EqualTo(0), backtest.Error + backtest.Out);
        Assert.That(File.ReadAllLines(folder.File("bt/backtest.csv")), Has.Length.EqualTo(1), "only the header: " + File.ReadAllText(folder.File("bt/backtest.csv")));
    }

    [TestCase(5)]
    [TestCase(23)]
    public void EveryPlantedReversal_ReopensExactlyWhatItPaid_AndTheBooksCloseEveryNight(int seed)
    {
        using var series = new SeriesRun(nights: 3, size: 200, seed, LastNight);
        var planted = 0;
        foreach (var asOf in series.Series.Nights)
        {
            var outcome = series.Run(asOf);
            var score = series.Score(asOf);
            TestContext.Out.WriteLine($"{asOf:yyyy-MM-dd}: exit {outcome.ExitCode}\n{score.Describe()}");
            Assert.That(outcome.ExitCode, Is.EqualTo(0), $"{asOf}: the night completes without problems");

            var proofs = JsonNode.Parse(File.ReadAllText(Path.Combine(series.Reports(asOf), "summary.json")))!["proofs"]!.AsArray();
            Assert.That(proofs, Is.Not.Empty);
            foreach (var proof in proofs)
                Assert.That(proof!["difference"]!.GetValue<string>(), Is.EqualTo("0.00"), $"{asOf}: proof {proof["name"]} {proof["currency"]}");

            var journal = ReportFiles.Rows(Path.Combine(series.Reports(asOf), "journal.csv"));
            foreach (var entry in journal.GroupBy(r => (r["entry_id"], r["currency"])))
            {
                var debits = entry.Sum(r => r["debit"].Length == 0 ? 0m : Money(r["debit"]));
                var credits = entry.Sum(r => r["credit"].Length == 0 ? 0m : Money(r["credit"]));
                Assert.That(debits, Is.EqualTo(credits), $"{asOf}: journal entry {entry.Key} balances");
            }

            // Independently of the scoring's join: each planted reversal's invoice is reopened by reversal applications of
            // exactly the planted amount (each invoice is reversed at most once a night), and nothing else is reversed.
            var truth = ReportFiles.Rows(Path.Combine(series.NightFolder(asOf), "truth.csv"));
            var expected = truth.Where(t => t["expected_rule"] == "reversal")
                .ToDictionary(t => t["expected_invoices"], t => Money(t["expected_amount"]));
            var reversed = ReportFiles.Rows(Path.Combine(series.Reports(asOf), "applications.csv")).Where(a => a["rule"] == "reversal")
                .GroupBy(a => a["invoice_number"]).ToDictionary(g => g.Key, g => g.Sum(a => Money(a["applied_amount"])));
            Assert.That(reversed, Is.EquivalentTo(expected), $"{asOf}: what the night reopened");
            Assert.That(score.ReversalsPlanted, Is.EqualTo(expected.Count));
            Assert.That(score.ReversalApplications, Is.EqualTo(reversed.Count));
            Assert.That(score.ReversalPrecision, Is.EqualTo(1d));
            Assert.That(score.ReversalRecall, Is.EqualTo(1d));
            Assert.That(score.Precision, Is.EqualTo(1d), $"{asOf}: cash precision");
            Assert.That(score.Recall, Is.EqualTo(1d), $"{asOf}: cash recall");
            planted += expected.Count;
            foreach (var (category, c) in score.Categories)
                Assert.That((c.Actual, c.Hit), Is.EqualTo((c.Expected, c.Expected)), $"{asOf}: {category} planted, raised tonight, raised on the planted row");

            // An invoice paid in two parts the same night: the first part's short payment is resolved, not reported.
            var split = truth.Where(t => t["scenario"] == "split_first").Select(t => t["expected_invoices"]).ToHashSet();
            Assert.That(split, Is.Not.Empty);
            var exceptions = ReportFiles.Rows(Path.Combine(series.Reports(asOf), "exceptions.csv"));
            Assert.That(exceptions.Where(e => e["category"] == "short_payment" && split.Contains(e["invoice_number"])), Is.Empty, $"{asOf}: split payments");
        }
        Assert.That(planted, Is.GreaterThanOrEqualTo(6), "the later nights plant reversals of every kind");
    }
}
