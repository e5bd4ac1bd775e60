using Microsoft.Data.Sqlite;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Runs;

public sealed class ReconciliationRunTests
{
    private static readonly DateOnly Night1 = new(2025, 3, 14);
    private static readonly DateOnly Night2 = new(2025, 3, 15);

    private static Night SmallNight()
    {
        var night = new Night();
        night.OpenItems(
            "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00",
            "INV-1002,C-2,Initech LLC,2025-02-10,2025-03-12,USD,980.50,980.50");
        night.Drop("bank.csv", "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,DEPOSIT UNKNOWN,75.00\n2025-03-14,FEE,-5.00\n");
        return night;
    }

    [Test]
    public void ExactReferenceAndAmount_IsApplied_AndTheRestIsAnUnmatchedReceipt()
    {
        using var night = SmallNight();

        var outcome = night.Run(Night1);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Success));
        var application = outcome.Night.Matching.Applications.Single();
        Assert.That((application.InvoiceNumber, application.AppliedAmount, application.Rule), Is.EqualTo(("INV-1001", 2500.00m, "reference_exact_amount")));
        Assert.That(outcome.Night.Exceptions.Select(e => e.Discrepancy.Category), Is.EqualTo(new[] { "unmatched_receipt" }));
        Assert.That(Directory.GetFiles(night.Out(Night1)).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "aging.csv", "aging.xlsx", "applications.csv", "denials.csv", "denials.xlsx", "deposits.csv", "deposits.xlsx", "exceptions.csv", "exceptions.xlsx", "journal.csv", "journal.xlsx", "postings.csv", "settlements.csv", "summary.html", "summary.json" }));
    }

    [Test]
    public void ANightReplayedForItsFiguresOnly_CommitsItsResultsButWritesNoReportFile()
    {
        using var night = SmallNight();

        var outcome = night.Run(Night1, writeReports: false);

        Assert.That(outcome.Night.Matching.Applications.Single().InvoiceNumber, Is.EqualTo("INV-1001"));
        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM applications"), Is.EqualTo(1));
        Assert.That(Directory.Exists(night.Out(Night1)), Is.False);
        Assert.That(Directory.GetDirectories(night.Root, ".staging-*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void ADryRun_KeepsNothingOfItsNight_NotEvenTheInputsItsReportsList_WhileARealRunKeepsThem()
    {
        using var night = SmallNight();

        night.Run(Night1, dryRun: true);
        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM runs WHERE night_inputs IS NOT NULL"), Is.Zero);
        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM applications"), Is.Zero);

        night.Run(Night1);
        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM runs WHERE night_inputs IS NOT NULL AND status = 'completed'"), Is.EqualTo(1));
    }

    [Test]
    public void RunningTheSameNightTwice_AddsNoLineAndGivesTheSameApplications()
    {
        using var night = SmallNight();

        night.Run(Night1, "-a");
        night.Run(Night1, "-b");

        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM bank_transactions"), Is.EqualTo(3));
        Assert.That(ReportFiles.WithoutRunId(Path.Combine(night.Out(Night1, "-b"), "applications.csv")),
            Is.EqualTo(ReportFiles.WithoutRunId(Path.Combine(night.Out(Night1, "-a"), "applications.csv"))));
        Assert.That(File.ReadAllText(Path.Combine(night.Out(Night1, "-b"), "exceptions.csv")),
            Is.EqualTo(File.ReadAllText(Path.Combine(night.Out(Night1, "-a"), "exceptions.csv"))));
    }

    [Test]
    public void RenamedCopyOfAnIngestedFile_AddsNothing()
    {
        using var night = SmallNight();
        night.Run(Night1);

        File.Copy(Path.Combine(night.Inbox, "bank.csv"), Path.Combine(night.Inbox, "bank-again.csv"));
        var outcome = night.Run(Night1, "-again");

        Assert.That(Scalar(night.Database, "SELECT COUNT(*) FROM bank_transactions"), Is.EqualTo(3));
        Assert.That(outcome.Night.Inputs.Select(i => i.Status), Is.EqualTo(new[] { "already_ingested", "already_ingested", "loaded" }));
    }

    [Test]
    public void BadFile_IsQuarantined_RunExits1_AndOtherFilesAreStillReconciled()
    {
        using var night = SmallNight();
        night.Drop("broken.csv", "Date,Description,Amount\n2025-03-14,A,1.00\n2025-03-14,B,2.00\n2025-03-14,C,3.00\n2025-03-14,D,4.00\n2025-03-14,E,5.00\n2025-03-14,INV-1002,98O.50\n");

        var outcome = night.Run(Night1);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        var broken = outcome.Night.Inputs.Single(i => i.File == "broken.csv");
        Assert.That(broken.Status, Is.EqualTo("quarantined"));
        Assert.That(broken.Problems.Single(), Does.Contain("broken.csv, line 7, field 'Amount'"));
        Assert.That(outcome.Night.Matching.Applications.Single().InvoiceNumber, Is.EqualTo("INV-1001"));
        Assert.That(outcome.Night.Exceptions.Select(e => e.Discrepancy.Category), Does.Contain("unparseable_file"));
        Assert.That(Directory.GetFiles(Path.Combine(night.Root, "quarantine", "2025-03-14")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "broken.csv", "broken.csv.problems.txt" }));
    }

    [Test]
    public void NextNight_SeesWhatTonightApplied_AndKeepsTheExceptionIdAndFirstSeenDate()
    {
        using var night = SmallNight();
        var first = night.Run(Night1);

        var second = night.Run(Night2);

        Assert.That(second.Night.Matching.Applications, Is.Empty, "INV-1001 was paid on night 1 and the bank line is used up");
        Assert.That(second.Night.OpenItems.Single(i => i.InvoiceNumber == "INV-1001").OpenAmount, Is.EqualTo(0m));
        var carried = second.Night.Exceptions.Single();
        Assert.That(carried.Discrepancy.Id, Is.EqualTo(first.Night.Exceptions.Single().Discrepancy.Id));
        Assert.That(carried.FirstSeen, Is.EqualTo(Night1));
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
