using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

public sealed class BacktestConsoleTests
{
    private static readonly string[] Nights = ["2026-11-20", "2026-11-21"];

    /// <summary>The rule names the claim posting writes: the claim's payment, and its contractual adjustments.</summary>
    internal static readonly string[] ClaimPostingRules =
        ["claim_posting", "contractual_adjustment", "patient_responsibility", "patient_deductible", "patient_coinsurance", "patient_copay", "secondary_payer"];

    [Test]
    public void BacktestWithClaimPostingOff_ListsExactlyTheClaimPostingsThatDisappear_AndLeavesTheDatabaseUnchanged()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        RunSampleNights(folder, config, db);
        var candidate = folder.File("candidate-rules.json");
        File.WriteAllText(candidate, WithClaimPostingOff(File.ReadAllText(Path.Combine(config, "rules.json"))));
        var hashBefore = Sha256(db);

        var backtest = ConsoleProcess.Run(folder.Path, "backtest", "--rules", candidate, "--out", folder.File("bt"), "--config", config, "--db", db);

        Assert.That(backtest.ExitCode, Is.EqualTo(0), backtest.Error + backtest.Out);
        Assert.That(Sha256(db), Is.EqualTo(hashBefore), "the database file changed");
        // The independent list: each night's applications.csv rows of the claim posting rules (the payments, and the
        // contractual adjustments the same 835 posting makes), per source.
        var expected = Nights.SelectMany(night => ReportFiles.Rows(folder.File($"{night}/applications.csv"))
                .Where(r => ClaimPostingRules.Contains(r["rule"]))
                .GroupBy(r => (r["source_kind"], r["source_id"]))
                .Select(g => $"{night}|{g.Key.Item1}|{g.Key.Item2}|removed|" +
                    string.Join(";", g.Select(r => r["rule"]).Distinct().Order(StringComparer.Ordinal)) + "|" +
                    string.Join(";", g.Select(r => r["invoice_number"]).Distinct().Order(StringComparer.Ordinal)) + "|" +
                    g.Sum(r => decimal.Parse(r["applied_amount"], CultureInfo.InvariantCulture)).ToString("0.00", CultureInfo.InvariantCulture) + "|||"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(expected, Is.Not.Empty, "the sample nights have claim postings");
        var listed = ReportFiles.Rows(folder.File("bt/backtest.csv"))
            .Select(r => string.Join("|", r["as_of"], r["source_kind"], r["source_id"], r["change"], r["before_rule"], r["before_invoices"], r["before_amount"],
                r["after_rule"], r["after_invoices"], r["after_amount"]))
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(listed, Is.EqualTo(expected));
        Assert.That(backtest.Out, Does.Contain("Nothing was committed"));
    }

    [Test]
    public void BacktestSummary_GivesEachNightsApplicationsBeforeAndAfter()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var db = folder.File("r.db");
        RunSampleNights(folder, config, db);
        var candidate = folder.File("candidate-rules.json");
        File.WriteAllText(candidate, WithClaimPostingOff(File.ReadAllText(Path.Combine(config, "rules.json"))));

        var backtest = ConsoleProcess.Run(folder.Path, "backtest", "--rules", candidate, "--from", "2026-11-20", "--to", "2026-11-20",
            "--out", folder.File("bt"), "--config", config, "--db", db);

        Assert.That(backtest.ExitCode, Is.EqualTo(0), backtest.Error + backtest.Out);
        var summary = JsonNode.Parse(File.ReadAllText(folder.File("bt/backtest-summary.json")))!;
        var nights = summary["nights"]!.AsArray();
        Assert.That(nights.Select(n => (string)n!["as_of"]!), Is.EqualTo(new[] { "2026-11-20" }));
        var applications = ReportFiles.Rows(folder.File("2026-11-20/applications.csv"));
        Assert.Multiple(() =>
        {
            Assert.That((int)nights[0]!["before"]!["applications"]!, Is.EqualTo(applications.Count));
            Assert.That((int)nights[0]!["after"]!["applications"]!, Is.EqualTo(applications.Count(r => !ClaimPostingRules.Contains(r["rule"]))));
            Assert.That(summary["contradicted_decisions"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public void BacktestOfAMissingDatabase_IsBadUsage_AndCreatesNoFile()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);

        var result = ConsoleProcess.Run(folder.Path, "backtest", "--rules", Path.Combine(config, "rules.json"), "--config", config, "--db", folder.File("none.db"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(File.Exists(folder.File("none.db")), Is.False);
    }

    /// <param name="store">Other store options than <paramref name="db"/> (a server's); its nights' reports then go to <c>NIGHT-server</c>.</param>
    internal static void RunSampleNights(TempFolder folder, string config, string db, params string[] store)
    {
        foreach (var (night, inbox) in new[] { (Nights[0], "inbox"), (Nights[1], "troubled-inbox") })
        {
            string[] where = store.Length == 0 ? ["--db", db, "--out", folder.File(night)] : [.. store, "--out", folder.File($"{night}-server")];
            var run = ConsoleProcess.Run(folder.Path, ["run", "--inbox", Repository.Path("sample-data", inbox), "--invoices", Repository.Path("sample-data", "invoices.csv"),
                "--as-of", night, "--config", config, .. where]);
            Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.Error);
        }
    }

    internal static string WithClaimPostingOff(string rules)
    {
        const string rule = "{ \"name\": \"claim_posting\", ";
        Assert.That(rules, Does.Contain(rule), "the shipped rules have a claim_posting rule");
        return rules.Replace(rule, rule + "\"mode\": \"off\", ", StringComparison.Ordinal);
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
