using Quartz;
using Reconciler.Storage;

namespace Reconciler.Scheduling;

/// <summary>
/// Whether the scheduled nights are healthy, for an external monitor: the latest scheduled run must not have
/// failed, and it must have started after the schedule's latest fire time (allowing the grace period).
/// </summary>
public static class ScheduleHealth
{
    public sealed record Verdict(bool Healthy, string Message);

    public static Verdict Check(IReadOnlyList<RunRecord> history, string cron, TimeZoneInfo zone, TimeSpan grace, DateTimeOffset now)
    {
        var scheduled = history.Where(r => r.Trigger == "schedule").OrderByDescending(r => r.StartedAt).FirstOrDefault();
        if (scheduled is null) return new Verdict(true, "no scheduled night has run yet (the worker has not been used)");
        if (scheduled.Status == RunStatus.Failed)
            return new Verdict(false, $"the last scheduled night {scheduled.AsOf:yyyy-MM-dd} failed ({scheduled.RunId}): {scheduled.Message}");
        if (scheduled.Status == RunStatus.Running && now - scheduled.StartedAt > grace)
            return new Verdict(false, $"the scheduled night {scheduled.AsOf:yyyy-MM-dd} has been running since {scheduled.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC");

        var due = LastFireTime(cron, zone, now);
        if (due is { } fire && scheduled.StartedAt < fire && now - fire > grace)
            return new Verdict(false, $"the night due at {fire.UtcDateTime:yyyy-MM-dd HH:mm} UTC has not run (last scheduled run {scheduled.RunId}); is the worker up?");
        return new Verdict(true, $"the last scheduled night {scheduled.AsOf:yyyy-MM-dd} {scheduled.Status.Text()}");
    }

    /// <summary>The latest time at or before <paramref name="now"/> the cron fired (looking back up to 40 days).</summary>
    public static DateTimeOffset? LastFireTime(string cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        var expression = new CronExpression(cron, zone);
        DateTimeOffset? last = null;
        var cursor = now.AddDays(-40);
        for (var i = 0; i < 100_000; i++)
        {
            var next = expression.GetNextValidTimeAfter(cursor);
            if (next is null || next > now) break;
            last = next;
            cursor = next.Value;
        }
        return last;
    }
}
