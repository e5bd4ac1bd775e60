using Reconciler.Scheduling;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Scheduling;

public sealed class ScheduleHealthTests
{
    private const string Nightly = "0 0 2 * * ?";
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromHours(2);

    private static RunRecord Run(string status, DateTimeOffset started, string trigger = "schedule") =>
        new($"R-{started:HHmm}", DateOnly.FromDateTime(started.UtcDateTime), RunStatuses.Parse(status), trigger, started, started.AddMinutes(5), status == "failed" ? "disk full" : null, null);

    [Test]
    public void LastNightRanAndCompleted_IsHealthy()
    {
        var verdict = ScheduleHealth.Check([Run("completed", Morning.Date.AddHours(2))], Nightly, TimeZoneInfo.Utc, Grace, Morning);

        Assert.That(verdict.Healthy, Is.True, verdict.Message);
    }

    [Test]
    public void LastScheduledNightFailed_IsNotHealthy_AndSaysWhy()
    {
        var verdict = ScheduleHealth.Check([Run("failed", Morning.Date.AddHours(2))], Nightly, TimeZoneInfo.Utc, Grace, Morning);

        Assert.That(verdict.Healthy, Is.False);
        Assert.That(verdict.Message, Does.Contain("failed").And.Contain("disk full"));
    }

    [Test]
    public void NoRunSinceTheLastFireTimePlusGrace_IsOverdue()
    {
        var verdict = ScheduleHealth.Check([Run("completed", Morning.Date.AddDays(-1).AddHours(2))], Nightly, TimeZoneInfo.Utc, Grace, Morning);

        Assert.That(verdict.Healthy, Is.False);
        Assert.That(verdict.Message, Does.Contain("has not run"));
    }

    [Test]
    public void WithinTheGraceAfterTheFireTime_IsNotYetOverdue()
    {
        var verdict = ScheduleHealth.Check([Run("completed", Morning.Date.AddDays(-1).AddHours(2))], Nightly, TimeZoneInfo.Utc, Grace, Morning.Date.AddHours(3));

        Assert.That(verdict.Healthy, Is.True, verdict.Message);
    }

    [Test]
    public void ConsoleRunsAlone_DoNotMakeTheScheduleUnhealthy()
    {
        var verdict = ScheduleHealth.Check([Run("failed", Morning, trigger: "console")], Nightly, TimeZoneInfo.Utc, Grace, Morning);

        Assert.That(verdict.Healthy, Is.True);
    }

    [Test]
    public void RunsLast1_ExitsNonZero_WhenTheLastScheduledNightFailed()
    {
        using var folder = new TempFolder();
        using (var store = new SqliteStore(folder.File("r.db")))
        {
            store.Migrate();
            store.StartRun("R-1", new DateOnly(2026, 11, 20), "schedule", "h", DateTimeOffset.UtcNow.AddMinutes(-5));
            store.FailRun("R-1", "the disk is full", DateTimeOffset.UtcNow);
        }

        var result = ConsoleProcess.Run(folder.Path, "runs", "--last", "1", "--db", folder.File("r.db"), "--config", ConsoleProcess.PrivateConfig(folder));

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Out, Does.Contain("R-1").And.Contain("schedule: NOT OK").And.Contain("the disk is full"));
    }
}
