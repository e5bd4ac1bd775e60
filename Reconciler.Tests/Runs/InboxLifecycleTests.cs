using Reconciler.Configuration;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Runs;

public sealed class InboxLifecycleTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 14);
    private const string Bank = "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n";

    // No waiting here: the night's clock is fixed, and waiting is FreshFilesTests' subject.
    private static Night MovingNight(string completion = "stable", int stableSeconds = 0)
    {
        var night = new Night { Lifecycle = new InboxSettings { Mode = "move", Completion = completion, StableSeconds = stableSeconds, MaxWaitSeconds = 0 } };
        night.OpenItems("INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00");
        return night;
    }

    private static string[] Names(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order().ToArray() : [];

    [Test]
    public void MoveMode_ArchivesReadFilesWithTheirHash_AndQuarantinesBadOnesWithTheirProblems()
    {
        using var night = MovingNight();
        night.Drop("bank.csv", Bank);
        night.Drop("broken.csv", "Date,Description,Amount\n2025-03-14,A,oops\n");

        night.Run(AsOf);

        Assert.That(Names(night.Inbox), Is.Empty);
        Assert.That(Names(Path.Combine(night.Inbox, "processing")), Is.Empty);
        Assert.That(Names(Path.Combine(night.Root, "archive", "2025-03-14")).Single(), Does.Match("^[0-9a-f]{10}-bank.csv$"));
        Assert.That(Names(Path.Combine(night.Root, "quarantine", "2025-03-14")), Is.EqualTo(new[] { "broken.csv", "broken.csv.problems.txt" }));
        Assert.That(File.ReadAllText(Path.Combine(night.Root, "quarantine", "2025-03-14", "broken.csv.problems.txt")), Does.Contain("line 2"));
    }

    [Test]
    public void FileStillBeingWritten_IsLeftForTheNextRun_AsADeferredInput_AndTheRunSaysSo()
    {
        using var night = MovingNight(stableSeconds: 3600);
        night.Drop("bank.csv", Bank);

        var outcome = night.Run(AsOf);

        var input = outcome.Night.Inputs.Single(i => i.Format != "open-items");
        Assert.That((input.File, input.Status, input.Records), Is.EqualTo(("bank.csv", "deferred", 0)));
        Assert.That(input.Problems.Single(), Does.Contain("still being written"));
        Assert.That(outcome.ExitCode, Is.EqualTo(Reconciler.Runs.ExitCodes.CompletedWithProblems));
        Assert.That(outcome.Night.Status, Is.EqualTo("completed_with_problems"));
        Assert.That(Names(night.Inbox), Is.EqualTo(new[] { "bank.csv" }));
    }

    [Test]
    public void MarkerMode_TakesOnlyFilesWithADoneMarker_AndArchivesTheMarkerToo()
    {
        using var night = MovingNight(completion: "marker");
        night.Drop("bank.csv", Bank);
        night.Drop("partial.csv", Bank.Replace("2500.00", "1.00", StringComparison.Ordinal));
        night.Drop("bank.csv.done", "");

        night.Run(AsOf);

        Assert.That(Names(night.Inbox), Is.EqualTo(new[] { "partial.csv" }));
        Assert.That(Names(Path.Combine(night.Root, "archive", "2025-03-14")), Has.Length.EqualTo(2).And.Some.EndsWith("-bank.csv.done"));
    }

    [Test]
    public void FilesLeftInProcessingByACrash_AreTakenByTheNextRun()
    {
        using var night = MovingNight();
        night.Drop(Path.Combine("processing", "bank.csv"), Bank);

        var outcome = night.Run(AsOf);

        Assert.That(outcome.Night.Matching.Applications.Single().InvoiceNumber, Is.EqualTo("INV-1001"));
        Assert.That(Names(Path.Combine(night.Inbox, "processing")), Is.Empty);
        Assert.That(Names(Path.Combine(night.Root, "archive", "2025-03-14")), Has.Length.EqualTo(1));
    }

    [Test]
    public void KeepMode_LeavesTheInboxAsItIs()
    {
        using var night = new Night();
        night.Drop("bank.csv", Bank);

        night.Run(AsOf);

        Assert.That(Names(night.Inbox), Is.EqualTo(new[] { "bank.csv" }));
    }
}
