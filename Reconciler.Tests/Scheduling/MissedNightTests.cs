using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Scheduling;

/// <summary>
/// A night due while the worker was down is fired once when the worker comes back (Quartz misfire handling with the
/// real scheduler and its job store): not lost because the schedule is registered again on start, and not once per
/// missed night.
/// </summary>
[NonParallelizable]
public sealed class MissedNightTests
{
    // Once a day at 03:00 UTC: far enough from any moment the test runs that no regular firing falls into it.
    private const string DailyCron = "0 0 3 * * ?";

    private static (TempFolder Folder, string Config) WorkerFolder()
    {
        var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        var settings = Path.Combine(config, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("\"Inbox\": \"sample-data/inbox\"", "\"Inbox\": \"inbox\"", StringComparison.Ordinal)
            .Replace("\"Invoices\": \"sample-data/invoices.csv\"", "\"Invoices\": \"invoices.csv\"", StringComparison.Ordinal)
            .Replace("\"RunLock\": {", $"\"Schedule\": {{ \"Cron\": \"{DailyCron}\", \"TimeZone\": \"UTC\" }},\n    \"RunLock\": {{", StringComparison.Ordinal));
        Directory.CreateDirectory(folder.File("inbox"));
        folder.Write("invoices.csv", Night.InvoicesHeader + "INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00\n");
        return (folder, config);
    }

    private static void Terminate(Process process) =>
        Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();

    private static long Scalar(string database, string sql, params (string Name, object Value)[] parameters)
    {
        if (!File.Exists(database)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            connection.Open();
            using var command = new SqliteCommand(sql, connection);
            foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
            var result = command.ExecuteScalar();
            return result is long n ? n : Convert.ToInt64(result ?? 0L, CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the worker has not created the table yet
        }
    }

    [Test]
    public void NightsMissedWhileTheWorkerWasDown_FireOnceWhenItComesBack()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        var database = folder.File("data/reconciler.db");
        const string scheduled = "SELECT COUNT(*) FROM runs WHERE trigger = 'schedule'";

        using (var first = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config))
        {
            Assert.That(Poll.Until(() => Scalar(database, "SELECT COUNT(*) FROM QRTZ_TRIGGERS") > 0, TimeSpan.FromSeconds(60)), Is.True, "the schedule is stored");
            Terminate(first.Process);
            Assert.That(first.Finish(TimeSpan.FromSeconds(60)).ExitCode, Is.Zero);
        }
        Assert.That(Scalar(database, scheduled), Is.Zero, "nothing was due while it was up");

        // The worker "was down" for three days: the schedule was set up then and none of its nights since has fired.
        var threeDaysAgo = DateTimeOffset.UtcNow.AddDays(-3).UtcTicks;
        var touched = Scalar(database, "UPDATE QRTZ_TRIGGERS SET START_TIME = $start, NEXT_FIRE_TIME = $start; SELECT changes()", ("$start", threeDaysAgo));
        Assert.That(touched, Is.EqualTo(1));

        using var again = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);
        var fired = Poll.Until(() => Scalar(database, "SELECT COUNT(*) FROM runs WHERE trigger = 'schedule' AND status LIKE 'completed%'") > 0, TimeSpan.FromSeconds(90));
        // Give a second firing every chance to happen before counting.
        var firedAgain = Poll.Until(() => Scalar(database, scheduled) > 1, TimeSpan.FromSeconds(8));
        Terminate(again.Process);
        var stopped = again.Finish(TimeSpan.FromSeconds(60));

        Assert.That(fired, Is.True, "the missed night never fired: " + stopped.Error);
        Assert.That(firedAgain, Is.False, "fired more than once: " + stopped.Error);
        Assert.That(Scalar(database, scheduled), Is.EqualTo(1));
        var now = DateTimeOffset.UtcNow;
        var todayAtThree = new DateTimeOffset(now.Date.AddHours(3), TimeSpan.Zero);
        var latestDue = now >= todayAtThree ? todayAtThree : todayAtThree.AddDays(-1);
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs WHERE trigger = 'schedule' AND as_of = $day",
            ("$day", latestDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), Is.EqualTo(1), "the one run is the latest night that was due");
        var nextFire = new DateTimeOffset(Scalar(database, "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS"), TimeSpan.Zero);
        Assert.That(nextFire, Is.GreaterThan(DateTimeOffset.UtcNow), "back on the regular schedule");
    }

    [Test]
    public void AWorkerStartedAgain_KeepsTheStoredTrigger_AndReplacesItOnlyWhenItsScheduleChanged()
    {
        var (folder, config) = WorkerFolder();
        using var _ = folder;
        var database = folder.File("data/reconciler.db");
        string StartAndStop(string line)
        {
            using var worker = ConsoleProcess.Start(folder.Path, null, "worker", "--config", config);
            var seen = worker.WaitForError(line, TimeSpan.FromSeconds(60));
            Terminate(worker.Process);
            var stopped = worker.Finish(TimeSpan.FromSeconds(60));
            Assert.That(seen, Is.True, $"'{line}' in: {stopped.Error}");
            Assert.That(stopped.ExitCode, Is.Zero, stopped.Error);
            return stopped.Error;
        }

        StartAndStop("Schedule nightly-default is '0 0 3 * * ?' (UTC)");
        // A mark a replaced trigger would lose: Quartz writes the description of the trigger it stores.
        Assert.That(Scalar(database, "UPDATE QRTZ_TRIGGERS SET DESCRIPTION = 'stored'; SELECT changes()"), Is.EqualTo(1));
        StartAndStop("Schedule nightly-default is '0 0 3 * * ?' (UTC)");
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE DESCRIPTION = 'stored'"), Is.EqualTo(1), "the same schedule leaves the stored trigger alone");

        var settings = Path.Combine(config, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace(DailyCron, "0 30 4 * * ?", StringComparison.Ordinal));
        StartAndStop($"Schedule nightly-default changed from '{DailyCron}' (UTC) to '0 30 4 * * ?' (UTC)");
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE CRON_EXPRESSION = '0 30 4 * * ?'"), Is.EqualTo(1));
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE DESCRIPTION = 'stored'"), Is.Zero, "a changed schedule replaces the trigger");
        var nextFire = new DateTimeOffset(Scalar(database, "SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS"), TimeSpan.Zero);
        Assert.That((nextFire.Hour, nextFire.Minute), Is.EqualTo((4, 30)), "the next night is due on the new schedule");
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM runs"), Is.Zero, "a changed schedule fires nothing at once");
    }
}
