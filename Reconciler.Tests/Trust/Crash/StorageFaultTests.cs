using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Crash;

/// <summary>
/// Storage faults through the real console: each gives exit 3 and one clear error sentence, leaves no report file and no
/// committed night, loses no input, and the next good run finishes the night.
/// </summary>
public sealed class StorageFaultTests
{
    [Test]
    public void ReportsFolderOnAReadOnlyFileSystem_FailsWithExit3_AndTheNextGoodRunFinishesTheNight()
    {
        using var mount = new TempFolder();
        if (!Mount(mount.Path, "ro,size=64k")) Assert.Ignore("cannot mount a tmpfs here (needs root): the read-only case is not simulated");
        using var night = CrashNight.Sample(Path.Combine(mount.Path, "out"));
        try
        {
            AssertFailedCleanly(night, night.Run(), "Read-only file system");
        }
        finally
        {
            Unmount(mount.Path);
        }

        AssertTheNextGoodRunFinishes(night);
    }

    [Test]
    public void DiskFullWhileWritingReports_FailsWithExit3_LeavesNoPartialReport_AndTheNextGoodRunFinishesTheNight()
    {
        using var mount = new TempFolder();
        if (!Mount(mount.Path, "size=24k")) Assert.Ignore("cannot mount a tmpfs here (needs root): the full disk is not simulated");
        string[] left;
        using var night = CrashNight.Sample(Path.Combine(mount.Path, "out"));
        try
        {
            AssertFailedCleanly(night, night.Run(), "the disk is full");
            left = Directory.GetFileSystemEntries(mount.Path, "*", SearchOption.AllDirectories);
        }
        finally
        {
            Unmount(mount.Path);
        }

        Assert.That(left, Is.Empty, "the staging folder and its partial files are removed");
        AssertTheNextGoodRunFinishes(night);
    }

    [Test]
    public void ReportsPathIsAFile_FailsWithExit3_NamingIt()
    {
        using var folder = new TempFolder();
        var file = folder.Write("out", "not a folder");
        using var night = CrashNight.Sample(file);

        AssertFailedCleanly(night, night.Run(), "is a file, not a folder");
        Assert.That(File.ReadAllText(file), Is.EqualTo("not a folder"));

        File.Delete(file);
        AssertTheNextGoodRunFinishes(night);
    }

    [Test]
    public void DatabaseLockedByAnotherProcess_FailsWithExit3_AndTheNextGoodRunFinishesTheNight()
    {
        using var night = CrashNight.Sample();
        using (var store = new SqliteStore(night.Database)) store.Migrate();
        using (var holder = new SqliteConnection($"Data Source={night.Database};Pooling=False"))
        {
            holder.Open();
            using (var begin = new SqliteCommand("BEGIN EXCLUSIVE", holder)) begin.ExecuteNonQuery();
            var clock = Stopwatch.StartNew();

            var result = night.Run(new Dictionary<string, string> { ["RECONCILER_Reconciler__Database__BusyTimeoutSeconds"] = "1" });

            AssertFailedCleanly(night, result, "the database is locked by another process");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "it waits the configured busy timeout, not forever");
            using var rollback = new SqliteCommand("ROLLBACK", holder);
            rollback.ExecuteNonQuery();
        }

        AssertTheNextGoodRunFinishes(night);
    }

    [Test]
    public void CorruptedDatabaseFile_FailsWithExit3_TouchingNoInput_AndARunOnARestoredDatabaseFinishesTheNight()
    {
        using var night = CrashNight.Sample();
        var garbage = new byte[16384];
        new Random(20251121).NextBytes(garbage);
        File.WriteAllBytes(night.Database, garbage);

        var result = night.Run();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failed), result.Error);
        Assert.That(ErrorLines(result), Has.Count.EqualTo(1).And.Some.Contains("the database file is damaged or not a Reconciler database"));
        Assert.That(File.ReadAllBytes(night.Database), Is.EqualTo(garbage), "the damaged file is left as it was, for inspection");
        Assert.That(Directory.Exists(night.Out), Is.False);
        Assert.That(Directory.GetFiles(night.Inbox), Has.Length.EqualTo(Directory.GetFiles(Repository.Path("sample-data", "inbox")).Length), "no input was claimed");

        File.Move(night.Database, night.Database + ".damaged"); // the operator restores: here, an empty database
        AssertTheNextGoodRunFinishes(night);
    }

    private static void AssertFailedCleanly(CrashNight night, ConsoleProcess.Result result, string sentence)
    {
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failed), result.Error);
        Assert.That(ErrorLines(result), Has.Count.EqualTo(1).And.Some.Contains(sentence), result.Error);
        Assert.That(Directory.Exists(night.Out) && Directory.GetFileSystemEntries(night.Out).Length > 0, Is.False, "no report file is left");
        Assert.That(night.Scalar("SELECT COUNT(*) FROM runs WHERE status IN ('completed', 'running')"), Is.Zero, "no night is committed, no run left running");
        Assert.That(night.Scalar("SELECT COUNT(*) FROM applications"), Is.Zero);
        Assert.That(night.PlacedInputs(), Is.EqualTo(Inputs()), "every input is still in the inbox or processing/");
    }

    private static void AssertTheNextGoodRunFinishes(CrashNight night)
    {
        var again = night.Run();

        Assert.That(again.ExitCode, Is.AnyOf(0, 1), again.Error);
        Assert.That(File.Exists(Path.Combine(night.Out, "summary.json")), Is.True);
        Assert.That(night.PlacedInputs(), Is.EqualTo(Inputs()));
        Assert.That(Directory.GetFiles(night.Inbox).Length + (Directory.Exists(night.Processing) ? Directory.GetFiles(night.Processing).Length : 0), Is.Zero,
            "every input is archived or quarantined");
        Assert.That(night.Scalar("SELECT COUNT(*) FROM runs WHERE status = 'completed'"), Is.EqualTo(1));
    }

    private static List<string> ErrorLines(ConsoleProcess.Result result) =>
        result.Error.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();

    private static IReadOnlyList<string> Inputs() =>
        Directory.GetFiles(Repository.Path("sample-data", "inbox")).Select(CrashNight.Hash).Order(StringComparer.Ordinal).ToList();

    private static bool Mount(string path, string options)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            using var mount = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]) { RedirectStandardError = true, UseShellExecute = false })!;
            mount.WaitForExit(TimeSpan.FromSeconds(10));
            return mount.HasExited && mount.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no mount command
        }
    }

    private static void Unmount(string path)
    {
        using var umount = Process.Start(new ProcessStartInfo("umount", [path]) { UseShellExecute = false })!;
        umount.WaitForExit(TimeSpan.FromSeconds(10));
    }
}
