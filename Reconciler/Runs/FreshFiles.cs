using Reconciler.Configuration;
using Serilog;

namespace Reconciler.Runs;

/// <summary>
/// Tells complete inbox files from files still being written, and waits for the latter up to
/// InboxLifecycle:MaxWaitSeconds, so files copied in a moment before the run are read tonight. What is still
/// incomplete after the wait is deferred: reported as an input with status "deferred", never silently skipped.
/// </summary>
public sealed class FreshFiles(InboxSettings settings, TimeProvider clock, ILogger log)
{
    public const string DeferredStatus = "deferred";

    /// <summary>How often a waiting run looks again: short against StableSeconds, long enough to cost nothing.</summary>
    private static readonly TimeSpan LookAgain = TimeSpan.FromMilliseconds(200);

    private bool ByMarker => settings.Completion.Equals("marker", StringComparison.OrdinalIgnoreCase);

    /// <summary>The files ready to read (in the order given) and those left for a later night.</summary>
    public (IReadOnlyList<string> Ready, IReadOnlyList<InputReport> Deferred) Sort(IReadOnlyList<string> paths, CancellationToken cancel = default)
    {
        var started = clock.GetUtcNow();
        var seen = new Dictionary<string, (DateTime Written, long Length, DateTimeOffset Since)>(StringComparer.Ordinal);
        var waiting = paths.Where(p => !IsComplete(p, seen, started)).ToList();
        if (waiting.Count == 0) return (paths, []);
        var incomplete = waiting.Count;

        var maxWait = TimeSpan.FromSeconds(Math.Max(0, settings.MaxWaitSeconds));
        if (maxWait > TimeSpan.Zero)
        {
            log.Information("Waiting up to {Seconds} s for {Files}: still being written ({Rule})", settings.MaxWaitSeconds, Names(waiting), Rule());
        }
        while (waiting.Count > 0 && clock.GetUtcNow() - started < maxWait)
        {
            Task.Delay(LookAgain, clock, cancel).GetAwaiter().GetResult();
            var now = clock.GetUtcNow();
            waiting.RemoveAll(p => !File.Exists(p) || IsComplete(p, seen, now));
        }
        if (maxWait > TimeSpan.Zero && waiting.Count < incomplete)
            log.Information("Waited {Seconds:0.0} s for files still being written", (clock.GetUtcNow() - started).TotalSeconds);

        var deferred = new List<InputReport>();
        foreach (var path in waiting)
        {
            var name = Path.GetFileName(path);
            log.Warning("Left {File} for a later night: still being written after waiting {Seconds} s ({Rule})", name, settings.MaxWaitSeconds, Rule());
            deferred.Add(new InputReport(name, "unknown", 0, DeferredStatus,
                [$"warning: still being written after waiting {settings.MaxWaitSeconds} s ({Rule()}); left for a later night"]));
        }
        var left = waiting.ToHashSet(StringComparer.Ordinal);
        return (paths.Where(p => !left.Contains(p) && File.Exists(p)).ToList(), deferred);
    }

    /// <summary>
    /// Stable: nothing has written to it for StableSeconds, judged by its write time or, when that time cannot be
    /// trusted (a copy that kept the source's time, another machine's clock), by its size and write time not changing
    /// for StableSeconds while we watch. Marker: a FILE.done beside it.
    /// </summary>
    private bool IsComplete(string path, Dictionary<string, (DateTime Written, long Length, DateTimeOffset Since)> seen, DateTimeOffset now)
    {
        if (ByMarker) return File.Exists(path + ".done");
        if (settings.StableSeconds <= 0) return true;
        var stable = TimeSpan.FromSeconds(settings.StableSeconds);
        var info = new FileInfo(path);
        var written = info.LastWriteTimeUtc;
        if (now - written >= stable) return true;
        if (!seen.TryGetValue(path, out var last) || last.Written != written || last.Length != info.Length)
        {
            seen[path] = (written, info.Length, now);
            return false;
        }
        return now - last.Since >= stable;
    }

    private string Rule() => ByMarker ? "no .done marker yet" : $"written less than {settings.StableSeconds} s ago";

    private static string Names(List<string> paths) =>
        string.Join(", ", paths.Take(10).Select(Path.GetFileName)) + (paths.Count > 10 ? $" and {paths.Count - 10} more" : "");
}
