namespace Reconciler.Tests.Books.Properties;

/// <summary>Wall time spent in the run, in writing the checked reports, and in the checks, over the nights run (thread-safe).</summary>
public sealed class RunTimes
{
    private long _nights, _run, _reports, _checks;

    public void AddRun(TimeSpan run, TimeSpan reports)
    {
        Interlocked.Increment(ref _nights);
        Interlocked.Add(ref _run, run.Ticks);
        Interlocked.Add(ref _reports, reports.Ticks);
    }

    public void AddChecks(TimeSpan checks) => Interlocked.Add(ref _checks, checks.Ticks);

    public override string ToString()
    {
        var nights = Interlocked.Read(ref _nights);
        double PerNight(ref long ticks) => TimeSpan.FromTicks(Interlocked.Read(ref ticks)).TotalMilliseconds / nights;
        return nights == 0 ? "no nights" : $"per night (all nights so far): run {PerNight(ref _run):0} ms, reports {PerNight(ref _reports):0} ms, checks {PerNight(ref _checks):0} ms";
    }
}
