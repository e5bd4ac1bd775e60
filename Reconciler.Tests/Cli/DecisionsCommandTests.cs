using Microsoft.Data.Sqlite;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>
/// <c>decisions import</c> through the console on the shipped sample night, and what a Refund and an Appeal do the next
/// night (a night with nothing new in its inbox, so only the decisions change anything).
/// </summary>
public sealed class DecisionsCommandTests
{
    private const string Night1 = "2026-11-20";
    private const string Night2 = "2026-11-21";
    private const string UnknownDeposit = "EX-185431F7B14F"; // unmatched_receipt, 310.00, bank line df79b1e731-000005
    private const string DeniedClaim = "EX-572ACFB8E65E"; // claim_denied, CLM-24018

    private sealed record Ledger(TempFolder Folder, string Config)
    {
        public string[] Run(string asOf, string inbox) => ["run", "--config", Config, "--inbox", inbox, "--invoices", Repository.Path("sample-data", "invoices.csv"),
            "--as-of", asOf, "--out", Folder.File($"out-{asOf}"), "--db", Folder.File("r.db")];

        public ConsoleProcess.Result Import(string workbook) =>
            ConsoleProcess.Run(Folder.Path, "decisions", "import", workbook, "--config", Config, "--db", Folder.File("r.db"));

        public long Scalar(string sql)
        {
            using var connection = new SqliteConnection($"Data Source={Folder.File("r.db")};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = new SqliteCommand(sql, connection);
            return (long)command.ExecuteScalar()!;
        }
    }

    private static Ledger SampleNight()
    {
        var folder = new TempFolder();
        var ledger = new Ledger(folder, ConsoleProcess.PrivateConfig(folder));
        var first = ConsoleProcess.Run(folder.Path, ledger.Run(Night1, Repository.Path("sample-data", "inbox")));
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Error);
        return ledger;
    }

    private static string RefundAndAppeal(Ledger ledger, string name = "reviewed.xlsx") =>
        ReviewedWorkbook.Fill(ledger.Folder.File($"out-{Night1}/exceptions.xlsx"), ledger.Folder.File(name),
            new ReviewedWorkbook.Entry("unmatched_receipt", UnknownDeposit, "Refund", Note: "sent back to the payer"),
            new ReviewedWorkbook.Entry("claim_denied", DeniedClaim, "Appeal", Note: "appeal filed with Aetna"));

    [Test]
    public void Import_RecordsTheDecisions_AndTheSameFileAgainRecordsNothingNew()
    {
        var ledger = SampleNight();
        using var _ = ledger.Folder;
        var workbook = RefundAndAppeal(ledger);

        var first = ledger.Import(workbook);
        var second = ledger.Import(workbook);

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Error);
        Assert.That(first.Out, Does.Contain("Recorded 2 decision(s) from reviewed.xlsx; the next run acts on them."));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Error);
        Assert.That(second.Out, Does.Contain("reviewed.xlsx was imported before; nothing new recorded."));
        Assert.That(ledger.Scalar("SELECT COUNT(*) FROM decisions"), Is.EqualTo(2));
    }

    [Test]
    public void Import_OfAWorkbookWithAnInvalidRow_RecordsNothing_AndSaysWhichSheetAndRow()
    {
        var ledger = SampleNight();
        using var _ = ledger.Folder;
        var workbook = ReviewedWorkbook.Fill(ledger.Folder.File($"out-{Night1}/exceptions.xlsx"), ledger.Folder.File("reviewed.xlsx"),
            new ReviewedWorkbook.Entry("unmatched_receipt", UnknownDeposit, "Refund"),
            new ReviewedWorkbook.Entry("unmatched_receipt", "EX-E92BE2F50ECF", "Apply", "INV-NOPE"));

        var result = ledger.Import(workbook);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        Assert.That(result.Error, Does.Match(@"error: reviewed\.xlsx, sheet unmatched_receipt, row \d+: invoice INV-NOPE is not open"));
        Assert.That(result.Error, Does.Contain("Nothing was recorded: 1 row(s) need fixing."));
        Assert.That(ledger.Scalar("SELECT COUNT(*) FROM decisions"), Is.Zero, "not even the valid Refund");
    }

    [Test]
    public void Refund_ClosesItsExceptionTheNextNight_AppealKeepsTheDenialOpenAsAppealed_NothingApplied_AndTheTrailSaysWhy()
    {
        var ledger = SampleNight();
        using var _ = ledger.Folder;
        Assert.That(ledger.Import(RefundAndAppeal(ledger)).ExitCode, Is.EqualTo(ExitCodes.Success));
        Directory.CreateDirectory(ledger.Folder.File("empty-inbox"));

        var second = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night2, ledger.Folder.File("empty-inbox")));
        var refund = ConsoleProcess.Run(ledger.Folder.Path, "explain", "df79b1e731-000005", "--config", ledger.Config, "--db", ledger.Folder.File("r.db"));

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Error);
        var before = ReportFiles.Rows(ledger.Folder.File($"out-{Night1}/exceptions.csv")).Select(r => r["exception_id"]).ToList();
        var after = ReportFiles.Rows(ledger.Folder.File($"out-{Night2}/exceptions.csv"));
        Assert.That(after.Select(r => r["exception_id"]), Does.Not.Contain(UnknownDeposit));
        Assert.That(after.Single(r => r["exception_id"] == DeniedClaim)["description"], Does.StartWith("[appealed: "), "an appeal waits for the payer's answer");
        Assert.That(ReportFiles.Rows(ledger.Folder.File($"out-{Night2}/denials.csv")).Single(r => r["exception_id"] == DeniedClaim)["status"], Is.EqualTo("appealed"));
        Assert.That(after.Single(r => r["exception_id"] == "EX-E92BE2F50ECF")["first_seen"], Is.EqualTo(Night1), "the undecided carry forward");
        Assert.That(after.Select(r => r["exception_id"]).Where(before.Contains).Count(), Is.EqualTo(before.Count - 1));
        Assert.That(ReportFiles.Rows(ledger.Folder.File($"out-{Night2}/applications.csv")).Where(r => r["source_id"] == "df79b1e731-000005"), Is.Empty,
            "a refunded deposit is applied to nothing");
        Assert.That(refund.Out, Does.Contain("refunded by reviewer decision").And.Contain("sent back to the payer"));
    }
}
