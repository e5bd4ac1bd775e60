using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Scheduling;

/// <summary>The real worker process with a real Quartz scheduler on a temporary folder, firing every two seconds.</summary>
[NonParallelizable]
public sealed class WorkerTests
{
    private static (TempFolder Folder, string Config) WorkerFolder(int invoices = 0, int bankLines = 0)
    {
        var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var settings = Path.Combine(config, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("\"Mode\": \"keep\"", "\"Mode\": \"move\"", StringComparison.Ordinal)
            .Replace("\"Inbox\": \"sample-data/inbox\"", "\"Inbox\": \"inbox\"", StringComparison.Ordinal)
            .Replace("\"Invoices\": \"sample-data/invoices.csv\"", "\"Invoices\": \"invoices.csv\"", StringComparison.Ordinal)
            .Replace("\"RunLock\": {", "\"Schedule\": { \"Cron\": \"0/2 * * * * ?\", \"TimeZone\": \"UTC\" },\n    \"RunLock\": {", StringComparison.Ordinal));
        if (bankLines > 0)
        {
            NightGenerator.Generate(new GenerateOptions(folder.Path, Invoices: invoices, BankLines: bankLines, Seed: 5, AsOf: DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        else
        {
            Directory.CreateDirectory(folder.File("inbox"));
            foreach (var file in Directory.GetFiles(Repository.Path("sample-data", "inbox"))) File.Copy(file, folder.File(Path.Combine("inbox", Path.GetFileName(file))));
            File.Copy(Repository.Path("sample-data", "invoices.csv"), folder.File("invoices.csv"));
        }
        return (folder, config);
    }

    private static void Terminate(Process process) => Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();


    [Test]
    public void ScheduledNight_Completes_MovesTheInboxToTheArchive_AndSigtermStopsTheWorkerCleanly()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        using var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);

        var ran = Poll.Until(() => Scalar(folder.File("data/reconciler.db"), "SELECT COUNT(*) FROM runs WHERE status = 'completed' AND trigger = 'schedule'") > 0,
            TimeSpan.FromSeconds(60));
        Terminate(worker.Process);
        var result = worker.Finish(TimeSpan.FromSeconds(60));

        Assert.That(ran, Is.True, result.Error);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("Worker stopped"));
        Assert.That(Directory.GetFiles(folder.File("inbox")), Is.Empty);
        Assert.That(Directory.GetFiles(folder.File("data/archive"), "*", SearchOption.AllDirectories), Has.Length.EqualTo(7));
        Assert.That(Scalar(folder.File("data/reconciler.db"), "SELECT COUNT(*) FROM runs WHERE status = 'running'"), Is.Zero);
    }

    [Test]
    public void SigtermWhileTheWorkerIsStillMigratingItsDatabase_StopsItCleanly_BeforeAnyNight()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        var database = folder.File("data/reconciler.db");
        using var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);

        // The database file appears as the worker opens it to migrate: before its host starts listening for signals.
        var opened = Poll.Until(() => File.Exists(database), TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(2));
        Terminate(worker.Process);
        var result = worker.Finish(TimeSpan.FromSeconds(60));

        Assert.That(opened, Is.True, result.Error);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("Worker stopped"));
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs"), Is.Zero, "no night began");
    }

    [Test]
    public void SigtermWhileTheSchedulerStarts_StopsTheWorkerCleanly_WithoutAnError()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        using var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);

        var starting = worker.WaitForError("Worker starting", TimeSpan.FromSeconds(60));
        Terminate(worker.Process);
        var result = worker.Finish(TimeSpan.FromSeconds(60));

        Assert.That(starting, Is.True, result.Error);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("Worker stopped").And.Not.Contain(" ERR "), "a stop, not a failure");
    }

    [Test]
    public void AFiringWhileAnotherRunHoldsTheLedger_IsLeftToThatRun_WithoutAFailedRunOrAnError()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        var database = folder.File("data/reconciler.db");
        Directory.CreateDirectory(folder.File("data"));
        using (var store = new Reconciler.Storage.Sqlite.SqliteStore(database))
        {
            // A live run holds the ledger (this test's process): say, a console rerun, or the same firing on another worker.
            store.Migrate();
            store.TryAcquireLock("default", "R-OTHER", Environment.ProcessId, Environment.MachineName, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30), _ => true);
        }
        using var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);

        var left = worker.WaitForError("is left to the run that holds its lock", TimeSpan.FromSeconds(60));
        Terminate(worker.Process);
        var result = worker.Finish(TimeSpan.FromSeconds(60));

        Assert.That(left, Is.True, result.Error);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("R-OTHER").And.Not.Contain(" ERR "), "a warning naming the holder, not an error");
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs"), Is.Zero, "no run was started, so none is left failed");
        Assert.That(Directory.GetFiles(folder.File("inbox")), Has.Length.EqualTo(7), "the inbox is left for the holder");
    }

    [Test]
    public void StoppingMidRun_LeavesDatabaseAndInboxConsistent_AndTheNextStartCompletesTheNightOnce()
    {
        var (folder, config) = WorkerFolder(invoices: 30_000, bankLines: 30_000);
        using var _ = folder;
        var database = folder.File("data/reconciler.db");
        var inboxFiles = Directory.GetFiles(folder.File("inbox")).Length;
        using (var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config))
        {
            Assert.That(Poll.Until(() => Scalar(database, "SELECT COUNT(*) FROM runs WHERE status = 'running'") > 0, TimeSpan.FromSeconds(60)), Is.True);
            Terminate(worker.Process);
            var stopped = worker.Finish(TimeSpan.FromSeconds(120));
            Assert.That(stopped.ExitCode, Is.Zero, stopped.Error);
        }

        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs WHERE status = 'running'"), Is.Zero, "no run is left half-way");
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM applications a JOIN runs r ON r.run_id = a.run_id WHERE r.status = 'failed'"), Is.Zero,
            "a stopped night wrote no results");
        var placed = Directory.GetFiles(folder.File("inbox"), "*", SearchOption.AllDirectories).Length
            + (Directory.Exists(folder.File("data/archive")) ? Directory.GetFiles(folder.File("data/archive"), "*", SearchOption.AllDirectories).Length : 0)
            + (Directory.Exists(folder.File("data/quarantine")) ? Directory.GetFiles(folder.File("data/quarantine"), "*", SearchOption.AllDirectories).Count(f => !f.EndsWith(".problems.txt", StringComparison.Ordinal)) : 0);
        Assert.That(placed, Is.EqualTo(inboxFiles), "every file is in the inbox, processing/, the archive or quarantine");

        using (var again = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config))
        {
            Assert.That(Poll.Until(() => Scalar(database, "SELECT COUNT(*) FROM runs WHERE status = 'completed'") > 0, TimeSpan.FromSeconds(120)), Is.True);
            Terminate(again.Process);
            again.Finish(TimeSpan.FromSeconds(120));
        }
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs WHERE status = 'completed'"), Is.EqualTo(1), "one current result for the night");
        Assert.That(Directory.GetFiles(folder.File("inbox"), "*", SearchOption.AllDirectories), Is.Empty);
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM bank_transactions"), Is.EqualTo(Scalar(database, "SELECT COUNT(DISTINCT line_id) FROM bank_transactions")));
    }

    private static long Scalar(string database, string sql)
    {
        if (!File.Exists(database)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Mode=ReadOnly");
            connection.Open();
            using var command = new SqliteCommand(sql, connection);
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // the worker has not created the table yet
        }
    }
}
