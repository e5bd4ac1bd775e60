using System.Diagnostics;
using Reconciler.Runs;

namespace Reconciler.Tools.Bench;

/// <summary>One stage's totals over a night (a stage reported once per file is added up).</summary>
public sealed record StageFigures(string Stage, double Seconds, long Rows, double PeakMemoryMb, double AllocatedMb)
{
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}

/// <summary>
/// Listens to a night's stages for the bench: time, rows, bytes allocated on the managed heap, and the process's
/// peak working set when the stage ended (the peak is monotonic, so it is the peak up to and including the stage).
/// </summary>
public sealed class BenchRecorder : IRunProgress
{
    private readonly Dictionary<string, (double Seconds, long Rows, double PeakMb, long Allocated)> _stages = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    // Per stage: reports and commit run at the same time (on two threads), so each keeps its own starting count; the
    // allocation count is the process's, so overlapping stages each include the other's allocations.
    private readonly Dictionary<string, long> _allocatedAtStart = new(StringComparer.Ordinal);

    public List<(string File, string Format, int Records)> Files { get; } = [];

    public void StageStarted(string stage)
    {
        _allocatedAtStart[stage] = GC.GetTotalAllocatedBytes();
        if (!_stages.ContainsKey(stage) && !_order.Contains(stage)) _order.Add(stage);
    }

    public void StageFinished(string stage, TimeSpan elapsed, long rows)
    {
        var allocated = GC.GetTotalAllocatedBytes() - _allocatedAtStart.GetValueOrDefault(stage);
        var peak = PeakWorkingSetMb();
        if (!_stages.TryGetValue(stage, out var sofar) && !_order.Contains(stage)) _order.Add(stage);
        _stages[stage] = (sofar.Seconds + elapsed.TotalSeconds, sofar.Rows + rows, Math.Max(sofar.PeakMb, peak), sofar.Allocated + allocated);
    }

    public void FileRead(string file, string format, int records) => Files.Add((file, format, records));

    public IReadOnlyList<StageFigures> Stages() =>
        _order.Select(s => new StageFigures(s, _stages[s].Seconds, _stages[s].Rows, _stages[s].PeakMb, _stages[s].Allocated / 1048576d)).ToList();

    /// <summary>The process's processor time so far (user and system, every thread), in seconds.</summary>
    public static double ProcessorSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The process's peak working set so far (VmHWM on Linux), in MiB.</summary>
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1048576d;
    }
}
