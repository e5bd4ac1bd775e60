using System.Globalization;
using Reconciler.Configuration;
using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Rules.Matching;
using Reconciler.Storage;
using Serilog;

namespace Reconciler.Runs.Backtest;

/// <summary>
/// Replays the stored nights in order with candidate rules. It must be given a store that commits nothing (a dry-run
/// store: a throwaway copy of the SQLite file, or one rolled-back transaction on a server): each night is recomputed
/// there as a rerun would, so a later night starts from what the candidate rules left (unapplied money, balances).
/// <para>
/// <paramref name="storedNights"/>, when given, opens more connections to the same data (one a snapshot taken before the first night
/// is replayed): the stored nights are then read on other threads while the nights are replayed (a quarter of a month's time, read
/// first and alone before).
/// </para>
/// </summary>
public sealed class NightsBacktest(
    IReconciliationStore dryRunStore, FormatRegistry formats, MatchingEngine candidate, ReportSet reports, TimeProvider clock, ILogger log,
    RunLockSettings? lockSettings = null, StoredNightsReaders? storedNights = null)
{
    public IReadOnlyList<NightComparison> Run(DateOnly? from, DateOnly? to, string scratch)
    {
        var nights = dryRunStore.Runs(int.MaxValue)
            .Where(r => r.Status == RunStatus.Completed && (from is null || r.AsOf >= from) && (to is null || r.AsOf <= to))
            .Select(r => r.AsOf).Distinct().Order().ToList();
        // What the stored runs decided, read before any night is replayed (or from a snapshot taken before): a night's "before" must not see the candidate's earlier nights.
        using var before = new StoredNightsQueue(dryRunStore, nights, storedNights, (store, original, cash) => Before(store, original, cash, scratch), log);
        // Nothing is ingested while the nights are replayed, so a bank line read by one night is the same line for every later one.
        // And the nights are replayed in date order, so a night's prior payments are the night before's plus what it applied,
        // and what a night reads back of the night before (open items, exceptions) is what this store just wrote.
        if (dryRunStore is ReconciliationStore store) store.ReplayNights();
        var comparisons = new List<NightComparison>();
        var progress = new StageLog(log);
        // A night is compared with its stored run on a second thread while the next night is replayed (the comparison reads only the two results).
        Task<NightComparison>? comparing = null;
        foreach (var night in before.InOrder())
        {
            var (asOf, runId, options, applications, figures, decisions) = night;
            var (nightStarted, paused, cpu) = (System.Diagnostics.Stopwatch.GetTimestamp(), GC.GetTotalPauseDuration(), Environment.CpuUsage.UserTime);
            (dryRunStore as ReconciliationStore)?.KeepRead(night.NewLines, night.NewItems);
            var after = new ReconciliationRun(dryRunStore, formats, candidate, reports, clock, log, lockSettings, progress: progress).Execute(options).Night;
            Compared(comparing);
            comparing = Task.Run(() => new NightComparison(asOf, runId, figures, NightFigures.Of(after, decisions),
                DecisionDiff.Between(asOf, applications, after.Matching.Applications)));
            log.Debug("Backtest of {AsOf}: {Seconds} s, {Cpu} s of user CPU, {Paused} s paused for garbage collection", Day(asOf), Seconds(nightStarted),
                (Environment.CpuUsage.UserTime - cpu).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
                (GC.GetTotalPauseDuration() - paused).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        }
        Compared(comparing);
        return comparisons;

        void Compared(Task<NightComparison>? night)
        {
            if (night is null) return;
            comparisons.Add(night.GetAwaiter().GetResult());
            log.Information("Backtest of {AsOf}: {Changes} decision(s) changed", Day(comparisons[^1].AsOf), comparisons[^1].Changes.Count);
        }
    }

    /// <summary>
    /// The stored run of the night, read once, reduced to what the replay needs (its options and its applications) and its figures: from what it
    /// wrote and the ids and amounts of the cash it considered (<paramref name="cash"/>). Several nights' are held ahead of the replays (every night's on a server store), so the rest (exceptions' ids,
    /// positions) is let go at once.
    /// </summary>
    private static StoredNight Before(IReconciliationStore store, StoredRunToReplay original, IReadOnlyList<(string Id, decimal Remaining)> cash, string scratch)
    {
        var asOf = original.Run.AsOf;
        var decisions = StoredRerun.DecisionsOn(store, asOf);
        // Only the night's figures and decisions are compared: its report files and its trail (for explain) would be thrown away unread, and
        // the full collections between its stages would go over every stored night held here, for a night that is small.
        var options = StoredRerun.Options(original, Path.Combine(scratch, Day(asOf)), Path.Combine(scratch, "quarantine"), "backtest")
            with { WriteReports = false, WriteTrail = false, CollectBetweenStages = false };
        return new(asOf, original.Run.RunId, options, original.Applications, NightFigures.Of(original, cash, decisions), decisions);
    }

    private static string Day(DateOnly asOf) => asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Seconds(long started) =>
        System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
