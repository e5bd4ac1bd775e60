using System.Globalization;
using Serilog;

namespace Reconciler.Runs.Backtest;

/// <summary>Logs (at debug level: <c>--verbose</c>) how long each stage of a replayed night took, to see where a backtest's time goes.</summary>
public sealed class StageLog(ILogger log) : IRunProgress
{
    public void StageStarted(string stage) { }

    public void StageFinished(string stage, TimeSpan elapsed, long rows) =>
        log.Debug("Backtest stage {Stage}: {Seconds} s, {Rows} row(s)", stage, elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture), rows);

    public void FileRead(string file, string format, int records) { }
}
