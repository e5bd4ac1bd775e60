using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Configuration;

/// <summary>Bad configuration through the real console: exit 2, one message listing every error, nothing touched.</summary>
public sealed class ConfigurationRefusalTests
{
    private const string Bank = "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n";

    private TempFolder _folder = null!;
    private string _config = null!;

    [SetUp]
    public void ANight()
    {
        _folder = new TempFolder();
        _folder.Write("inbox/bank.csv", Bank);
        _folder.Write("invoices.csv", Night.InvoicesHeader + "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00\n");
        _config = ConsoleProcess.PrivateConfig(_folder);
    }

    [TearDown]
    public void Remove() => _folder.Dispose();

    private ConsoleProcess.Result Run(string? inbox = null, string? outDir = null) => ConsoleProcess.Run(_folder.Path, "run", "--config", _config,
        "--inbox", inbox ?? _folder.File("inbox"), "--invoices", _folder.File("invoices.csv"), "--as-of", "2025-03-14",
        "--out", outDir ?? _folder.File("out"), "--db", _folder.File("r.db"));

    private void AssertRefused(ConsoleProcess.Result result, params string[] errors)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage), result.Error);
        Assert.That(result.Error.Split('\n').Count(l => l.StartsWith("error:", StringComparison.Ordinal)), Is.EqualTo(1), result.Error);
        foreach (var error in errors) Assert.That(result.Error, Does.Contain(error));
        Assert.That(File.Exists(_folder.File("r.db")), Is.False, "no database was created");
        Assert.That(Directory.Exists(_folder.File("out")), Is.False, "no report was written");
        Assert.That(File.Exists(_folder.File(Path.Combine("inbox", "bank.csv"))), Is.True, "the inbox is untouched");
    }

    [Test]
    public void UnknownRuleAndMisspeltOption_AreRefusedWithExit2_ListingBoth()
    {
        var rules = Path.Combine(_config, "rules.json");
        File.WriteAllText(rules, File.ReadAllText(rules)
            .Replace("{ \"name\": \"reference_exact_amount\" }", "{ \"name\": \"reference_exactly\" }", StringComparison.Ordinal)
            .Replace("\"absolute\": 1.00, \"percent\": 0", "\"absolute\": 1.00, \"percnt\": 0", StringComparison.Ordinal));

        AssertRefused(Run(), "rules.json has 2 problem(s)", "unknown rule 'reference_exactly'", "unknown option 'percnt'");
    }

    [Test]
    public void RulesFileThatIsNotJson_IsRefusedWithExit2_NamingTheFile()
    {
        File.WriteAllText(Path.Combine(_config, "rules.json"), "{ \"cash\": [ { \"name\": ");

        AssertRefused(Run(), "rules.json");
    }

    [Test]
    public void BankCsvProfileWithBadValues_IsRefusedWithExit2_ListingEveryBadValue()
    {
        _folder.Write("config/sources/firstbank.json",
            """{ "name": "firstbank", "currency": "DOLLARS", "encoding": "klingon-8", "dateFormat": "qq", "skipRows": -1 }""");
        _folder.Write("config/sources/secondbank.json", """{ "name": "secondbank", "skipRows": "three" }""");

        AssertRefused(Run(), "5 problem(s)", "firstbank.json: currency: 'DOLLARS'", "firstbank.json: encoding: 'klingon-8'", "firstbank.json: dateFormat: 'qq'",
            "firstbank.json: skipRows: -1", "secondbank.json: not a valid source profile");
    }

    [Test]
    public void ReportsIntoTheInbox_AreRefusedWithExit2_SayingWhy()
    {
        AssertRefused(Run(outDir: _folder.File(Path.Combine("inbox", "reports"))), "is the inbox", "or inside it: the reports would be read as bank files");
    }

    [Test]
    public void ReportsIntoTheConfigurationFolder_AreRefusedWithExit2_SayingWhy()
    {
        AssertRefused(Run(outDir: Path.Combine(_config, "out")), "--out", "is the configuration folder");
    }

    [Test]
    public void InboxAtTheFileSystemRoot_AndReportsInsideIt_AreBothRefusedInOneMessage()
    {
        var root = Path.GetPathRoot(_folder.Path)!;

        AssertRefused(Run(inbox: root), "2 folder(s) not allowed", $"--inbox {root} is the root of a file system", "is the inbox");
    }
}
