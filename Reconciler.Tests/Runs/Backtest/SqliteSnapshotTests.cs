using Reconciler.Rules.Matching;
using Reconciler.Runs.Backtest;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Runs.Backtest;

/// <summary>The backtest reads the stored nights on a snapshot while it replays them on the same file.</summary>
public sealed class SqliteSnapshotTests
{
    private static readonly DateOnly Night = new(2025, 3, 14);
    private static readonly DateTimeOffset At = new(2025, 3, 15, 6, 0, 0, TimeSpan.Zero);

    [Test]
    public void ASnapshot_SeesTheNightsAsTheyWereWhenItOpened_ThoughAnotherConnectionCommitsAfter_AndDoesNotBlockIt()
    {
        using var folder = new TempFolder();
        var path = folder.File("nights.db");
        using var writer = new SqliteStore(path);
        writer.Migrate();
        writer.StartRun("R1", Night, "console", "h", At);
        writer.CompleteRun(Completed("R1", At));

        using var snapshot = SqliteSnapshot.Open(path);
        writer.StartRun("R2", Night, "rerun", "h", At.AddHours(1));
        writer.CompleteRun(Completed("R2", At.AddHours(1)));

        Assert.That(writer.Runs(10).Select(r => (r.RunId, r.Status)), Is.EqualTo(new[] { ("R2", RunStatus.Completed), ("R1", RunStatus.Superseded) }));
        Assert.That(snapshot.Runs(10).Select(r => (r.RunId, r.Status)), Is.EqualTo(new[] { ("R1", RunStatus.Completed) }));
        Assert.That(snapshot.LoadRun(Night)?.Run.RunId, Is.EqualTo("R1"));
    }

    private static CompletedRun Completed(string runId, DateTimeOffset finished) => new()
    {
        RunId = runId, AsOf = Night, FinishedAt = finished, OpenItems = [], Exceptions = [], CountsJson = "{}",
        Matching = new MatchingResult([], [], [], new Dictionary<string, decimal>()),
    };
}
