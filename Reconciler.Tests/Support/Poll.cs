using System.Diagnostics;

namespace Reconciler.Tests.Support;

/// <summary>Waits on a condition another process makes true, checking every 100 ms (or as often as asked), up to a limit.</summary>
public static class Poll
{
    public static bool Until(Func<bool> condition, TimeSpan limit) => Until(condition, limit, TimeSpan.FromMilliseconds(100));

    public static bool Until(Func<bool> condition, TimeSpan limit, TimeSpan every)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (condition()) return true;
            Task.Delay(every).Wait();
        }
        return condition();
    }
}
