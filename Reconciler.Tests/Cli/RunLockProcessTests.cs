using Microsoft.Data.Sqlite;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

public sealed class RunLockProcessTests
{
    private const string Bank = "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,DEPOSIT,75.00\n";

    private static (TempFolder Folder, string[] Args) Night()
    {
        var folder = new TempFolder();
        folder.Write("inbox/bank.csv", Bank);
        folder.Write("invoices.csv", Support.Night.InvoicesHeader + "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00\n");
        var config = ConsoleProcess.PrivateConfig(folder);
        return (folder, ["run", "--config", config, "--inbox", folder.File("inbox"), "--invoices", folder.File("invoices.csv"),
            "--as-of", "2025-03-14", "--out", folder.File("out"), "--db", folder.File("r.db")]);
    }

    private static readonly Dictionary<string, string> Wait = new() { ["RECONCILER_Reconciler__RunLock__WhenBusy"] = "wait" };

    [Test]
    public void RunWhileAnotherHoldsTheLock_RefusesNamingTheHolder()
    {
        var (folder, args) = Night();
        using var _ = folder;
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.TryAcquireLock("default", "R-OTHER", Environment.ProcessId, Environment.MachineName, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30), _ => true);

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Failed));
        Assert.That(result.Error, Does.Contain("another run holds the lock").And.Contain("R-OTHER").And.Contain($"process {Environment.ProcessId}"));
    }

    [Test]
    public void RunConfiguredToWait_RunsOnceTheHolderReleases()
    {
        var (folder, args) = Night();
        using var _ = folder;
        using var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        store.TryAcquireLock("default", "R-OTHER", Environment.ProcessId, Environment.MachineName, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30), _ => true);
        using var waiting = ConsoleProcess.Start(folder.Path, Wait, args);

        // Released only once the process says it waits: on a loaded machine it may take long to reach the lock at all.
        Assert.That(waiting.WaitForError("Waiting up to", TimeSpan.FromMinutes(2)), Is.True, "it waits while the lock is held");
        Assert.That(waiting.Process.HasExited, Is.False, "it is still waiting");
        store.ReleaseLock("default", "R-OTHER");
        var result = waiting.Finish();

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("Waiting up to"));
    }

    [Test]
    public void LockLeftByADeadProcess_IsRecovered()
    {
        var (folder, args) = Night();
        using var _ = folder;
        using (var store = new SqliteStore(folder.File("r.db")))
        {
            store.Migrate();
            store.TryAcquireLock("default", "R-DEAD", int.MaxValue - 1, Environment.MachineName, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30), _ => true);
        }

        var result = ConsoleProcess.Run(folder.Path, args);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
    }

    [TestCase("wait")]
    [TestCase("refuse")]
    public void TwoRunsStartedTogether_OneRunsAtATime_AndNoRowIsDuplicated(string whenBusy)
    {
        var (folder, args) = Night();
        using var _ = folder;
        var environment = new Dictionary<string, string> { ["RECONCILER_Reconciler__RunLock__WhenBusy"] = whenBusy };

        using var first = ConsoleProcess.Start(folder.Path, environment, args);
        using var second = ConsoleProcess.Start(folder.Path, environment, args);
        var results = new[] { first.Finish(), second.Finish() };

        Assert.That(results.Select(r => r.ExitCode), Has.Some.EqualTo(0));
        Assert.That(results.Where(r => r.ExitCode != 0).Select(r => (r.ExitCode, r.Error.Contains("another run holds the lock", StringComparison.Ordinal))),
            Has.All.EqualTo((ExitCodes.Failed, true)));
        if (whenBusy == "wait") Assert.That(results.Select(r => r.ExitCode), Is.All.Zero);
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM bank_transactions"), Is.EqualTo(2));
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM runs WHERE status = 'completed'"), Is.EqualTo(1), "a second run of a night supersedes the first");
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM run_locks"), Is.Zero, "both released the lock");
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
