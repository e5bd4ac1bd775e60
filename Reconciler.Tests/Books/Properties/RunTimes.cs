namespace Reconciler.Tests.Books.Properties;

/// <summary>Wall time spent in the run, in writing the checked reports, and in the checks, over the nights run.</summary>
public sealed class RunTimes
{
    public int Nights { get; private set; }
    public TimeSpan Run { get; private set; }
    public TimeSpan Reports { get; private set; }
    public TimeSpan Checks { get; private set; }

    public void Add(TimeSpan run, TimeSpan reports, TimeSpan checks) => (Nights, Run, Reports, Checks) = (Nights + 1, Run + run, Reports + reports, Checks + checks);

    public override string ToString() =>
        Nights == 0 ? "no nights" : $"per night: run {Run.TotalMilliseconds / Nights:0} ms, reports {Reports.TotalMilliseconds / Nights:0} ms, checks {Checks.TotalMilliseconds / Nights:0} ms";
}
