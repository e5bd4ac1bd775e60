using System.Globalization;
using System.Security.Cryptography;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Tools.Generate;

public sealed class NightSeriesGeneratorTests
{
    private static readonly DateOnly LastNight = new(2026, 11, 20);

    private static decimal Money(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static SeriesResult Generate(string folder, int nights = 3, int size = 200, int seed = 7) =>
        NightSeriesGenerator.Generate(new GenerateOptions(folder, size, size, seed, LastNight), nights);

    private static Dictionary<string, string> Hashes(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))));

    [Test]
    public void OneNight_WritesTheSameBytesAsBeforeSeriesExisted()
    {
        // Written by the generator before --nights existed (seed 7, 200 open items, 200 bank lines; again after the medical plants
        // changed the 835s on purpose): a night alone is unchanged by the series.
        // If a change to the single night is intended, generate it again and update these.
        using var folder = new TempFolder();
        NightGenerator.Generate(new GenerateOptions(folder.Path, 200, 200, 7));
        Assert.That(Hashes(folder.Path), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["inbox/era-2026-11-20.835"] = "138299629c895a718a6f81180a38e0cfca18eb2d8ede667dba2cfc4441a99a57",
            ["inbox/firstus-bai2-2026-11-20.bai"] = "e5abbc740f1cfe8fb236764595b349356bfee0e2de0777fbaa7a66bca7fa65b1",
            ["inbox/lakebank-camt053-2026-11-20.xml"] = "003158fe18974698cac6a304769efc0a1c9afb5f5eef0a6c632f2fa0bc221928",
            ["inbox/operating-2026-11-20.csv"] = "3c0e48151912c7f70706d18d2b2b4a25f9246ac973065928d1c251c0d5e01c57",
            ["inbox/paypal-activity-2026-11-20.csv"] = "6f6a3b3db5f3c649be8a9212e7ffb82aa25073ee7f449089fdebac8028d7c34d",
            ["inbox/stripe-payout-reconciliation-2026-11-20.csv"] = "bba6e85426493a2d6ff0d005bb37ba2522827a9530d8320ded3037e1b2173718",
            ["invoices.csv"] = "14367ac3442232de414ed1c42c3dc00b834b12ab46e848c29b2846027008e89f",
            ["truth.csv"] = "2f5303cb17402436b549406dbcf5a23cc5dc39ce73113a5a7da1c290d82404f7",
        }));
    }

    [Test]
    public void TheSameSeed_WritesTheSameSeries()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        Generate(a.Path);
        Generate(b.Path);
        var first = Hashes(a.Path);
        Assert.That(first, Has.Count.EqualTo(3 * 8));
        Assert.That(Hashes(b.Path), Is.EquivalentTo(first));
    }

    [Test]
    public void TheNights_EndAtTheAsOfDate_EachInItsOwnFolder_WithStatementsOfTheDayBefore()
    {
        using var folder = new TempFolder();
        var series = Generate(folder.Path, nights: 4);
        Assert.That(series.Nights, Is.EqualTo(new[] { LastNight.AddDays(-3), LastNight.AddDays(-2), LastNight.AddDays(-1), LastNight }));
        foreach (var asOf in series.Nights.Skip(1))
        {
            var csv = Path.Combine(folder.Path, $"{asOf:yyyy-MM-dd}", "inbox", $"operating-{asOf:yyyy-MM-dd}.csv");
            var dates = File.ReadLines(csv).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();
            Assert.That(dates, Is.EqualTo(new[] { $"{asOf.AddDays(-1):yyyy-MM-dd}" }), $"{asOf}: a later night's statement is its day only");
        }
    }

    /// <summary>
    /// Worked out from the night's own files, apart from the generator's book: what the truth says an ideal engine closes,
    /// reduces and reopens, applied to the night's invoices.csv, is the next night's invoices.csv less what was issued that day.
    /// </summary>
    [TestCase(7)]
    [TestCase(31)]
    public void EachLaterExport_IsTheBookAfterTheNightBefore(int seed)
    {
        using var folder = new TempFolder();
        var series = Generate(folder.Path, seed: seed);
        for (var k = 0; k + 1 < series.Nights.Count; k++)
        {
            var night = Path.Combine(folder.Path, $"{series.Nights[k]:yyyy-MM-dd}");
            var next = Path.Combine(folder.Path, $"{series.Nights[k + 1]:yyyy-MM-dd}");
            var open = ReportFiles.Rows(Path.Combine(night, "invoices.csv")).ToDictionary(r => r["invoice_number"], r => Money(r["open_amount"]));
            var listedClosed = open.Where(kv => kv.Value == 0m).Select(kv => kv.Key).ToHashSet();
            var after = new Dictionary<string, decimal>(open);
            var closed = new HashSet<string>();
            foreach (var t in ReportFiles.Rows(Path.Combine(night, "truth.csv")))
            {
                var invoices = t["expected_invoices"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (invoices.Length == 0) continue;
                if (t["expected_rule"] is "reversal" or "dispute_reversal") after[invoices[0]] = after.GetValueOrDefault(invoices[0]) - Money(t["expected_amount"]);
                // The engine's own items (a claim's -PR and -SEC) are never in billing's export.
                else if (!open.ContainsKey(invoices[0])) continue;
                else if (t["expected_category"] == "short_payment") after[invoices[0]] -= Money(t["amount"]);
                else if (t["expected_category"] is "" or "overpayment") closed.UnionWith(invoices);
            }
            foreach (var c in closed.Where(open.ContainsKey)) after[c] -= open[c];
            var expected = after.Where(kv => kv.Value != 0m || listedClosed.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value);

            var exported = ReportFiles.Rows(Path.Combine(next, "invoices.csv"))
                .Where(r => r["issue_date"] != $"{series.Nights[k]:yyyy-MM-dd}")
                .ToDictionary(r => r["invoice_number"], r => Money(r["open_amount"]));
            Assert.That(exported, Is.EquivalentTo(expected), $"the export of {series.Nights[k + 1]}");
            Assert.That(ReportFiles.Rows(Path.Combine(next, "invoices.csv")).Count(r => r["issue_date"] == $"{series.Nights[k]:yyyy-MM-dd}"), Is.GreaterThan(0),
                "the day's new invoices");
        }
    }

    [Test]
    public void LaterNights_PlantEveryKindOfMoneyComingBack_AndTheFirstNone()
    {
        using var folder = new TempFolder();
        var series = Generate(folder.Path);
        var scenarios = series.Nights.Select(n => ReportFiles.Rows(Path.Combine(folder.Path, $"{n:yyyy-MM-dd}", "truth.csv")).Select(t => t["scenario"]).ToHashSet()).ToList();
        string[] back = ["ach_return_of_payment", "stripe_refund_of_charge", "stripe_dispute_of_charge", "stripe_dispute_then_won", "stripe_dispute_won", "era_recoupment_of_claim"];
        Assert.That(scenarios[0].Intersect(back), Is.Empty, "the first night has nothing earlier to reverse");
        Assert.That(scenarios[0], Does.Contain("split_first").And.Contain("split_second"));
        Assert.That(scenarios.Skip(1).SelectMany(s => s).Distinct(), Is.SupersetOf(back.Append("credit_note_used")));
        Assert.That(File.ReadLines(Path.Combine(folder.Path, $"{series.Nights[1]:yyyy-MM-dd}", "inbox", $"stripe-payout-reconciliation-{series.Nights[1]:yyyy-MM-dd}.csv")).First(),
            Does.EndWith(",charge_id"));
    }

    [Test]
    public void GenerateCommand_WithNights_WritesAFolderPerNight_AndRefusesZeroNights()
    {
        using var folder = new TempFolder();
        var run = ConsoleProcess.Run(folder.Path, "generate", "--out", folder.File("series"), "--invoices", "60", "--bank-lines", "60", "--nights", "2", "--as-of", "2026-11-30");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(Directory.GetDirectories(folder.File("series")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "2026-11-29", "2026-11-30" }));
        Assert.That(File.Exists(Path.Combine(folder.File("series"), "2026-11-30", "truth.csv")), Is.True);

        var refused = ConsoleProcess.Run(folder.Path, "generate", "--out", folder.File("none"), "--nights", "0");
        Assert.That(refused.ExitCode, Is.EqualTo(Reconciler.Runs.ExitCodes.BadUsage));
        Assert.That(refused.Error, Does.Contain("--nights"));
    }
}
