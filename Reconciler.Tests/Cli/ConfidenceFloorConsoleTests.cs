using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>options.autoApplyMinConfidence in rules.json, through the console: below the floor a match is only suggested.</summary>
public sealed class ConfidenceFloorConsoleTests
{
    // INV-1001 is paid exactly (reference_exact_amount, confidence 1.0); INV-1002 50 cents short, within the 1.00
    // tolerance (reference_tolerance, confidence 0.95).
    private const string Bank = "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,WIRE INITECH INV-1002,980.00\n";

    private static (TempFolder Folder, string[] Args) Night(string? floor)
    {
        var folder = new TempFolder();
        folder.Write("inbox/bank.csv", Bank);
        folder.Write("invoices.csv", Support.Night.InvoicesHeader
            + "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00\n"
            + "INV-1002,C-2,Initech LLC,2025-02-10,2025-03-12,USD,980.50,980.50\n");
        var config = ConsoleProcess.PrivateConfig(folder);
        if (floor is not null)
        {
            var rules = Path.Combine(config, "rules.json");
            var text = File.ReadAllText(rules);
            Assert.That(text, Does.Contain("\"autoApplyMinConfidence\": 0\n"), "the shipped rules.json has the option, off");
            File.WriteAllText(rules, text.Replace("\"autoApplyMinConfidence\": 0\n", $"\"autoApplyMinConfidence\": {floor}\n", StringComparison.Ordinal));
        }
        return (folder, ["run", "--config", config, "--inbox", folder.File("inbox"), "--invoices", folder.File("invoices.csv"),
            "--as-of", "2025-03-14", "--out", folder.File("out"), "--db", folder.File("r.db")]);
    }

    private static IEnumerable<(string Invoice, string Rule)> Applied(TempFolder folder) =>
        ReportFiles.Rows(folder.File("out/applications.csv")).Where(r => r["source_kind"] != "adjustment").Select(r => (r["invoice_number"], r["rule"]));

    [Test]
    public void WithTheShippedRules_BothMatchesAreApplied()
    {
        var (folder, args) = Night(floor: null);
        using var _ = folder;

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        Assert.That(Applied(folder), Is.EquivalentTo(new[] { ("INV-1001", "reference_exact_amount"), ("INV-1002", "reference_tolerance") }));
    }

    [Test]
    public void MatchBelowTheFloor_IsOnlySuggested_AndTheSureOneIsStillApplied()
    {
        var (folder, args) = Night(floor: "0.96");
        using var _ = folder;

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        Assert.That(Applied(folder), Is.EqualTo(new[] { ("INV-1001", "reference_exact_amount") }));
        var suggestion = ReportFiles.Rows(folder.File("out/exceptions.csv")).Single();
        Assert.That((suggestion["category"], suggestion["amount"]), Is.EqualTo(("unmatched_receipt", "980.00")));
        Assert.That(suggestion["description"], Does.Contain("not applied automatically; rule reference_tolerance suggests INV-1002"));
    }

    [Test]
    public void FloorOutsideZeroToOne_IsBadConfiguration_NamingTheOption()
    {
        var (folder, args) = Night(floor: "1.5");
        using var _ = folder;

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("option 'autoApplyMinConfidence' must be a number between 0 and 1"));
    }
}
