using System.Diagnostics;

namespace Reconciler.Tests.Support;

/// <summary>Waits on a condition another process makes true, checking every 100 ms, up to a limit.</summary>
public static class Poll
{
    public static bool Until(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (condition()) return true;
            Task.Delay(100).Wait();
        }
        return condition();
    }
}
