using System.Text.Json;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>
/// What a new user does: copy the configuration and the sample files into a fresh folder and run at once, with the
/// shipped settings (StableSeconds 2): the files were written a moment ago, and the night must still read them.
/// </summary>
public sealed class FreshFilesConsoleTests
{
    private const string AsOf = "2026-11-20";

    /// <summary>config/ and sample-data/ copied as they ship, every inbox file written now (or an hour ago when not fresh).</summary>
    private static TempFolder FreshCopy(Func<string, bool> fresh, Func<string, string>? settings = null)
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repository.Path("config"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, "config", Path.GetRelativePath(Repository.Path("config"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var appsettings = folder.File("config/appsettings.json");
        if (settings is not null) File.WriteAllText(appsettings, settings(File.ReadAllText(appsettings)));
        Directory.CreateDirectory(folder.File("sample-data/inbox"));
        File.Copy(Repository.Path("sample-data", "invoices.csv"), folder.File("sample-data/invoices.csv"));
        foreach (var file in Directory.GetFiles(Repository.Path("sample-data", "inbox")))
        {
            var target = folder.File(Path.Combine("sample-data", "inbox", Path.GetFileName(file)));
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, fresh(Path.GetFileName(file)) ? DateTime.UtcNow : DateTime.UtcNow.AddHours(-1));
        }
        return folder;
    }

    private static Dictionary<string, string> InputStatuses(string summary)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(summary));
        return json.RootElement.GetProperty("inputs").EnumerateArray()
            .ToDictionary(i => i.GetProperty("file").GetString()!, i => i.GetProperty("status").GetString()!);
    }

    [Test]
    public void SampleFilesCopiedASecondBeforeTheRun_AreWaitedFor_AndReadTonight()
    {
        using var folder = FreshCopy(fresh: _ => true);

        var result = ConsoleProcess.Run(folder.Path, "run", "--as-of", AsOf);

        // Whether the run had to wait depends on how long the process took to start (on a busy machine, over StableSeconds);
        // that it waits, and says so, is the next test's subject. Here: everything is read.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        var statuses = InputStatuses(folder.File($"reports/{AsOf}/summary.json"));
        var inbox = Directory.GetFiles(Repository.Path("sample-data", "inbox")).Select(f => Path.GetFileName(f)).ToList();
        Assert.That(inbox.Select(f => statuses.GetValueOrDefault(f)), Is.All.EqualTo("ingested"));
        // The night read is the shipped sample night: the same applications as its expected report.
        Assert.That(ReportFiles.WithoutRunId(folder.File($"reports/{AsOf}/applications.csv")),
            Is.EqualTo(ReportFiles.WithoutRunId(Repository.Path("sample-data", "expected", AsOf, "applications.csv"))));
    }

    [Test]
    public void FileNotYetStill_IsWaitedFor_WithALineSayingWhichAndHowLongAtMost_ThenRead()
    {
        const string bai = "firstbank-lockbox-2026-11-20.bai";
        using var folder = FreshCopy(fresh: _ => false);
        // A write time ahead of the clock (a copy from a machine whose clock is fast): the run cannot tell its age, so it
        // watches the file until it has not changed for StableSeconds, however fast the process started.
        File.SetLastWriteTimeUtc(folder.File(Path.Combine("sample-data", "inbox", bai)), DateTime.UtcNow.AddHours(1));

        var result = ConsoleProcess.Run(folder.Path, "run", "--as-of", AsOf);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
        Assert.That(result.Error, Does.Contain($"Waiting up to 60 s for {bai}: still being written"));
        Assert.That(InputStatuses(folder.File($"reports/{AsOf}/summary.json"))[bai], Is.EqualTo("ingested"));
    }

    [Test]
    public void FileStillBeingWrittenWhenTheWaitEnds_IsDeferred_InTheSummaryAndOnTheConsole_AndTheRunExitsOne()
    {
        const string stripe = "stripe-payout-reconciliation-2026-11-20.csv";
        using var folder = FreshCopy(fresh: name => name == stripe, settings: json => json
            .Replace("\"StableSeconds\": 2", "\"StableSeconds\": 30", StringComparison.Ordinal)
            .Replace("\"MaxWaitSeconds\": 60", "\"MaxWaitSeconds\": 1", StringComparison.Ordinal));

        var result = ConsoleProcess.Run(folder.Path, "run", "--as-of", AsOf);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems), result.Error);
        Assert.That(result.Error, Does.Contain("Waiting up to 1 s for " + stripe).And.Contain("Left " + stripe + " for a later night"));
        Assert.That(result.Out, Does.Match($@"deferred\s+{stripe.Replace(".", @"\.", StringComparison.Ordinal)}"));
        var statuses = InputStatuses(folder.File($"reports/{AsOf}/summary.json"));
        Assert.That(statuses[stripe], Is.EqualTo("deferred"));
        Assert.That(statuses.Where(s => s.Key != stripe && s.Value != "loaded").Select(s => s.Value), Is.All.EqualTo("ingested"));
        Assert.That(File.Exists(folder.File(Path.Combine("sample-data", "inbox", stripe))), Is.True, "left where it was for the next night");
    }
}
