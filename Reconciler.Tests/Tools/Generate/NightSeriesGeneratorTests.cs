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
        // changed the 835s on purpose, and after claims naming a secondary payer were planted): a night alone is unchanged by the series.
        // If a change to the single night is intended, generate it again and update these.
        using var folder = new TempFolder();
        NightGenerator.Generate(new GenerateOptions(folder.Path, 200, 200, 7));
        Assert.That(Hashes(folder.Path), Is.EquivalentTo(new Dictionary<string, string>
        {
            ["inbox/era-2026-11-20.835"] = "504028bdb46b20865c85ba2958178e3a10d4ebeb9316c0cbe3609b6ab0e62294",
            ["inbox/firstus-bai2-2026-11-20.bai"] = "9097ac6c5b7914b26dfaaaa46a3bfbfbded363ec44ca6391f439be633f4fc52a",
            ["inbox/lakebank-camt053-2026-11-20.xml"] = "055daf9425271f74923c1a0862287f8875eddf2d40c62e36fc4e8de51366811b",
            ["inbox/operating-2026-11-20.csv"] = "a652698b3087412fe55fba402a1badbc301dc43bc432c29d07104ebed126e028",
            ["inbox/paypal-activity-2026-11-20.csv"] = "016244294b49610e8aa560efd530db0564b61b4c131c55e45237f322fd7892ce",
            ["inbox/stripe-payout-reconciliation-2026-11-20.csv"] = "5c5957f2cb4463926bb2002c8f9bb9ea62d74966a38e5a70b734170c777092c2",
            ["invoices.csv"] = "08a10df7077b8e537125a0a1f09e92df633fabc899d748d1e986003db600aa6d",
            ["truth.csv"] = "286728d9605c927b215b7ff3b4bc813b172edb10d3c143592d5385841a0b06d7",
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
        // At this size a night issues one credit note, which seed 7 no longer gets to use since the secondary payer's plants.
        var series = Generate(folder.Path, seed: 8);
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
