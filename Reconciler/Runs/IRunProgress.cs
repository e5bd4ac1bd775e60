namespace Reconciler.Runs;

/// <summary>
/// Watches a night as it runs: a console progress display and <c>reconciler bench</c> listen here. A stage may
/// be reported more than once (<c>parse</c> and <c>store</c> once per inbox file); a listener that wants totals
/// adds them up. Reports and commit overlap (the reports are written on a second thread meanwhile): both start before
/// either ends. Calls come on the run's own thread, in order; a listener must be quick and must not throw.
/// </summary>
public interface IRunProgress
{
    /// <summary>A stage begins: parse, store, open_items, load, match, exceptions, reports, commit.</summary>
    void StageStarted(string stage);

    /// <summary>A stage ends after <paramref name="elapsed"/>, having handled <paramref name="rows"/> rows (records, items, report rows).</summary>
    void StageFinished(string stage, TimeSpan elapsed, long rows);

    /// <summary>An inbox file was read (before it is stored).</summary>
    void FileRead(string file, string format, int records);
}

/// <summary>The default listener: nobody is watching.</summary>
public sealed class NoRunProgress : IRunProgress
{
    public static readonly NoRunProgress Instance = new();

    public void StageStarted(string stage) { }

    public void StageFinished(string stage, TimeSpan elapsed, long rows) { }

    public void FileRead(string file, string format, int records) { }
}

/// <summary>Times one stage: <c>using (progress.Stage("match", out var stage)) { ...; stage.Rows = n; }</c>.</summary>
public sealed class RunStage : IDisposable
{
    private readonly IRunProgress _progress;
    private readonly string _name;
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

    internal RunStage(IRunProgress progress, string name)
    {
        _progress = progress;
        _name = name;
        progress.StageStarted(name);
    }

    /// <summary>Rows handled, reported when the stage ends.</summary>
    public long Rows { get; set; }

    public void Dispose() => _progress.StageFinished(_name, System.Diagnostics.Stopwatch.GetElapsedTime(_started), Rows);
}

public static class RunProgressExtensions
{
    public static RunStage Stage(this IRunProgress progress, string name) => new(progress, name);
}
