using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

public sealed class ConsoleTests
{
    private const string Bank = "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,DEPOSIT,75.00\n";

    private static (TempFolder Folder, string[] Args) Night(string bank = Bank)
    {
        var folder = new TempFolder();
        folder.Write("inbox/bank.csv", bank);
        folder.Write("invoices.csv", Support.Night.InvoicesHeader + "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00\n");
        var config = ConsoleProcess.PrivateConfig(folder);
        return (folder, ["run", "--config", config, "--inbox", folder.File("inbox"), "--invoices", folder.File("invoices.csv"),
            "--as-of", "2025-03-14", "--out", folder.File("out"), "--db", folder.File("r.db")]);
    }

    [Test]
    public void Help_ListsTheCommands()
    {
        var result = ConsoleProcess.Run(Repository.Root, "--help");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Out, Does.Contain("run").And.Contain("inspect").And.Contain("runs"));
    }

    [TestCase("run")]
    [TestCase("inspect")]
    [TestCase("runs")]
    [TestCase("explain")]
    public void EveryCommand_HasHelp(string command)
    {
        var result = ConsoleProcess.Run(Repository.Root, command, "--help");

        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Out, Does.Contain("Usage"));
    }

    [Test]
    public void UnknownOption_IsBadUsage()
    {
        var result = ConsoleProcess.Run(Repository.Root, "run", "--no-such-option");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("--no-such-option"));
    }

    [Test]
    public void Run_WritesEveryReport_AndExitsZero()
    {
        var (folder, args) = Night();
        using var _ = folder;

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(Directory.GetFiles(folder.File("out")).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "aging.csv", "aging.xlsx", "applications.csv", "denials.csv", "denials.xlsx", "deposits.csv", "deposits.xlsx", "exceptions.csv", "exceptions.xlsx", "journal.csv", "journal.xlsx", "postings.csv", "settlements.csv", "summary.html", "summary.json" }));
        Assert.That(result.Out, Does.Contain("1 application(s)"));
    }

    [Test]
    public void RunTwice_KeepsOneCopyOfEachBankLine_AndTheSameApplications()
    {
        var (folder, args) = Night();
        using var _ = folder;
        ConsoleProcess.Run(folder.Path, args);
        var first = ReportFiles.WithoutRunId(folder.File("out/applications.csv"));

        var second = ConsoleProcess.Run(folder.Path, args);

        Assert.That(second.ExitCode, Is.Zero, second.Error);
        Assert.That(ReportFiles.WithoutRunId(folder.File("out/applications.csv")), Is.EqualTo(first));
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM bank_transactions"), Is.EqualTo(2));
    }

    [Test]
    public void BadAmountOnLine7_ExitsOne_AndSaysWhere()
    {
        var (folder, args) = Night();
        using var _ = folder;
        folder.Write("inbox/other.csv", "Date,Description,Amount\n2025-03-14,A,1.00\n2025-03-14,B,1.00\n2025-03-14,C,1.00\n2025-03-14,D,1.00\n2025-03-14,E,1.00\n2025-03-14,F,12.3x\n");

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        Assert.That(result.Out, Does.Contain("other.csv, line 7, field 'Amount'"));
        Assert.That(File.ReadAllText(folder.File("out/applications.csv")), Does.Contain("INV-1001"));
    }

    [Test]
    public void MissingInvoicesFile_IsBadUsageInOneSentence()
    {
        var (folder, args) = Night();
        using var _ = folder;
        File.Delete(folder.File("invoices.csv"));

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error.Trim(), Does.StartWith("error: --invoices").And.Not.Contain("   at "));
    }

    [Test]
    public void DryRun_WritesReportsButCommitsNoRun()
    {
        var (folder, args) = Night();
        using var _ = folder;

        var result = ConsoleProcess.Run(folder.Path, [.. args, "--dry-run"]);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.Exists(folder.File("out/summary.json")), Is.True);
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM runs"), Is.Zero);
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM bank_transactions"), Is.Zero);
    }

    [Test]
    public void InspectJson_PrintsTheContractDocument()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bank.csv", Bank);

        var result = ConsoleProcess.Run(folder.Path, "inspect", file, "--json", "--config", ConsoleProcess.PrivateConfig(folder));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("format").GetString(), Is.EqualTo("csv"));
        var transaction = json.RootElement.GetProperty("statements")[0].GetProperty("transactions")[0];
        Assert.That(transaction.GetProperty("amount").GetString(), Is.EqualTo("2500.00"));
        Assert.That(transaction.GetProperty("booking_date").GetString(), Is.EqualTo("2025-03-14"));
    }

    [Test]
    public void Explain_TellsWhichRuleAppliedABankLine_AndWhichRulesRejectedItFirst()
    {
        var (folder, args) = Night();
        using var _ = folder;
        ConsoleProcess.Run(folder.Path, args);
        var lineId = ReportFiles.Rows(folder.File("out/applications.csv")).Single()["source_id"];

        var result = ConsoleProcess.Run(folder.Path, "explain", lineId, "--db", folder.File("r.db"), "--config", Path.Combine(folder.Path, "config"));

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("reference_exact_amount → applied").And.Contain("settlement rules → no match").And.Contain("stripe_payout: ").And.Contain("INV-1001"));
    }

    [Test]
    public void Explain_OfAnUnknownId_SaysSo()
    {
        var (folder, args) = Night();
        using var _ = folder;
        ConsoleProcess.Run(folder.Path, args);

        var result = ConsoleProcess.Run(folder.Path, "explain", "NO-SUCH-THING", "--db", folder.File("r.db"), "--config", Path.Combine(folder.Path, "config"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(result.Error, Does.Contain("'NO-SUCH-THING' is not"));
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
