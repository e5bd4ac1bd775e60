using System.Globalization;
using System.Text.Json.Nodes;

namespace Reconciler.Tools.Bench;

/// <summary>
/// What a peer (a script doing a reference-only reconciliation of the same two files, such as
/// <c>shared/peers/pandas_recon.py</c>) took as a child process: its whole process, interpreter start included.
/// </summary>
/// <param name="PeakMemoryMb">The child's maximum resident set (getrusage ru_maxrss), or null when it could not be measured.</param>
/// <param name="Output">What the peer printed (its own timing line, for a pandas script).</param>
public sealed record PeerFigures(string Command, int ExitCode, double WallSeconds, double? UserSeconds, double? SystemSeconds, double? PeakMemoryMb, string Output)
{
    public JsonObject ToJson() => new()
    {
        ["command"] = Command,
        ["exit_code"] = ExitCode,
        ["wall_seconds"] = Math.Round(WallSeconds, 3),
        ["user_seconds"] = UserSeconds,
        ["system_seconds"] = SystemSeconds,
        ["peak_memory_mb"] = PeakMemoryMb is { } mb ? Math.Round(mb) : null,
        ["output"] = Output,
    };

    /// <summary>The night and the peer side by side; the night's figures are the in-process run's (no process start).</summary>
    public void WriteTable(TextWriter w, double nightSeconds, double nightCpuSeconds, double nightPeakMb)
    {
        var c = CultureInfo.InvariantCulture;
        var peerCpu = UserSeconds + SystemSeconds;
        w.WriteLine("side by side, same two files     wall s   peak MB    cpu s");
        w.WriteLine(string.Create(c, $"{"reconciler night (in-process)",-30} {nightSeconds,8:0.00} {nightPeakMb,9:0} {nightCpuSeconds,8:0.00}"));
        w.WriteLine(string.Create(c, $"{"peer (whole process)",-30} {WallSeconds,8:0.00} {(PeakMemoryMb is { } mb ? mb.ToString("0", c) : "?"),9} {(peerCpu is { } u ? u.ToString("0.00", c) : "?"),8}"));
        w.WriteLine(string.Create(c, $"night / peer: {(WallSeconds > 0 ? nightSeconds / WallSeconds : 0):0.0}x the wall time, "
            + $"{(peerCpu is > 0 ? (nightCpuSeconds / peerCpu.Value).ToString("0.0", c) : "?")}x the processor time, {(PeakMemoryMb is > 0 ? (nightPeakMb / PeakMemoryMb.Value).ToString("0.0", c) : "?")}x the memory"));
        w.WriteLine($"peer: {Command}, exit code {ExitCode.ToString(c)}");
        foreach (var line in Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(5)) w.WriteLine("  " + line.TrimEnd('\r'));
    }
}
