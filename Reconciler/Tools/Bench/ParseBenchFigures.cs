namespace Reconciler.Tools.Bench;

/// <summary>
/// One timed read of one large file: what the reader was (detection's pick), the file's size, the records it gave,
/// the seconds and managed bytes the read took, and the problems it reported (a generated file should have none).
/// <paramref name="CpuSeconds"/> is the process's processor time during the read (every thread, the GC's included):
/// on a machine shared with other work it moves much less than the wall seconds.
/// </summary>
public sealed record ParseBenchFigures(string Name, string Detected, long Bytes, long Records, double Seconds, long AllocatedBytes,
    int Errors, int Warnings, string? FirstProblem, double GenerateSeconds, double CpuSeconds = 0)
{
    /// <summary>Megabytes per second of processor time: the speed the reader would have on a core of its own.</summary>
    public double MegabytesPerCpuSecond => CpuSeconds > 0 ? Megabytes / CpuSeconds : 0;

    public double Megabytes => Bytes / 1048576d;

    public double MegabytesPerSecond => Seconds > 0 ? Megabytes / Seconds : 0;

    public double RecordsPerSecond => Seconds > 0 ? Records / Seconds : 0;

    public double AllocatedMb => AllocatedBytes / 1048576d;
}
