using Reconciler.Configuration;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;
using Reconciler.Reports;
using Reconciler.Reports.Decisions;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;
using Serilog;
using Serilog.Context;

namespace Reconciler.Runs;

/// <summary>
/// One night, end to end: ingest the inbox, load open items, match, classify, persist, report. The console
/// and the scheduler are thin adapters over this. Results are committed in one transaction, and reports are
/// put in place only after that commit, so a failure leaves neither half-written.
/// </summary>
public sealed class ReconciliationRun(
    IReconciliationStore store, FormatRegistry formats, MatchingEngine engine, ReportSet reports, TimeProvider clock, ILogger log,
    RunLockSettings? lockSettings = null, IOpenItemsSource? openItems = null, IRunProgress? progress = null)
{
    private readonly IRunProgress _progress = progress ?? NoRunProgress.Instance;

    public sealed record Outcome(int ExitCode, NightResult Night);

    /// <summary>Runs the night. <paramref name="cancel"/> is honoured at safe points only: never between commit and reports.</summary>
    public Outcome Execute(RunOptions options, CancellationToken cancel = default)
    {
        var runId = RunIds.New(options.AsOf, clock);
        using var runProperty = LogContext.PushProperty("RunId", runId);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var asOfProperty = LogContext.PushProperty("AsOf", asOf);
        using var ledgerProperty = LogContext.PushProperty("Ledger", options.Ledger);
        var started = clock.GetTimestamp();
        using var runLock = RunLock.Acquire(store, options.Ledger, runId, lockSettings ?? new RunLockSettings(), clock, log, cancel);
        log.Information("Run started for {AsOf} by {Trigger}: inbox {Inbox}, open items {Invoices}", asOf, options.Trigger, options.Inbox,
            openItems?.Name ?? options.Invoices);
        store.StartRun(runId, options.AsOf, options.Trigger, engine.Rules.Hash, clock.GetUtcNow());
        try
        {
            var inbox = new InboxFiles(options.InboxLifecycle, options.ArchiveRoot, clock, log);
            var (night, files) = Reconcile(options, runId, runLock, inbox, cancel);
            string staging;
            using (var stage = _progress.Stage("reports"))
            {
                staging = reports.WriteStaged(night, options.OutDir);
                stage.Rows = night.Matching.Applications.Count + night.Exceptions.Count;
            }
            cancel.ThrowIfCancellationRequested(); // the last safe point: after it the night commits and publishes
            using (var stage = _progress.Stage("commit"))
            {
                if (!options.DryRun) store.CompleteRun(ToCompleted(night));
                stage.Rows = night.Matching.Applications.Count + night.Exceptions.Count;
            }
            ReportSet.Publish(staging, options.OutDir);
            inbox.Settle(files, options.AsOf, options.QuarantineRoot, options.DryRun);
            var exitCode = night.Status == "completed" ? ExitCodes.Success : ExitCodes.CompletedWithProblems;
            log.Information("Run finished with {Status} in {Seconds:0.00}s: {Applications} application(s), {Exceptions} exception(s), reports in {OutDir}",
                night.Status, clock.GetElapsedTime(started).TotalSeconds, night.Matching.Applications.Count, night.Exceptions.Count, options.OutDir);
            return new Outcome(exitCode, night);
        }
        catch (OperationCanceledException)
        {
            log.Warning("Run stopped at a safe point before committing anything; the next run does the night again");
            store.FailRun(runId, "stopped before commit: the service was shutting down", clock.GetUtcNow());
            throw;
        }
        catch (Exception e)
        {
            log.Error(e, "Run failed: {Reason}", e.Message);
            store.FailRun(runId, e.Message, clock.GetUtcNow());
            throw;
        }
    }

    private (NightResult Night, IReadOnlyList<InboxIngest.FileOutcome> Files) Reconcile(
        RunOptions options, string runId, RunLock runLock, InboxFiles inbox, CancellationToken cancel)
    {
        var decisionInputs = ImportDecisions(options);
        var files = options.Inbox is null ? [] : new InboxIngest(store, formats, log, _progress).Ingest(inbox.Claim(options.Inbox, options.DryRun), options, runId, clock.GetUtcNow());
        var ingested = options.Inbox is null ? options.StoredInputs ?? [] : files.Select(f => f.Report).ToList();
        runLock.Beat();
        cancel.ThrowIfCancellationRequested();
        var source = openItems ?? new CsvOpenItemsSource(options.Invoices);
        OpenItemsLoad openLoad;
        using (var stage = _progress.Stage("open_items"))
        {
            openLoad = options.StoredOpenItems is { } stored ? new OpenItemsLoad(stored, []) : source.Load(options.AsOf);
            stage.Rows = openLoad.Items.Count;
        }
        var invoicesInput = new InputReport(options.StoredOpenItems is null ? source.Name : "open items of the original night", "open-items",
            openLoad.Items.Count, openLoad.HasErrors ? "loaded_with_errors" : "loaded", openLoad.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}").ToList());
        foreach (var problem in openLoad.Problems) log.Warning("Open items: {Problem}", problem.ToString());

        var loadStage = _progress.Stage("load");
        var opening = OpenBalances.AtStartOfNight(openLoad.Items, store.PreviousBalances(options.AsOf));
        var cash = store.LoadOutstandingCash(options.AsOf);
        var items = store.LoadOutstandingItems(options.AsOf);
        var decisions = store.DecisionsFor(options.AsOf);
        var batches = store.LoadUnsettledBatches(options.AsOf);
        var input = new MatchingInput
        {
            AsOf = options.AsOf,
            OpenItems = NightInputs.WithClosed(opening, store.PreviousOpenItems(options.AsOf)),
            Cash = cash.Select(NightInputs.FromBankLine).Concat(items.Select(NightInputs.FromItem)).ToList(),
            Batches = batches,
            PriorPayments = store.PriorPayments(options.AsOf),
            Debits = store.LoadNightDebits(options.AsOf).Select(NightInputs.FromBankLine).ToList(),
            Decisions = decisions,
        };
        loadStage.Rows = input.Cash.Count + input.OpenItems.Count;
        loadStage.Dispose();
        MatchingResult matching;
        using (var stage = _progress.Stage("match"))
        {
            matching = engine.Run(input);
            stage.Rows = input.Cash.Count;
        }
        var exceptionsStage = _progress.Stage("exceptions");

        var fileProblems = FileDiscrepancies.From(store.FileProblems(options.AsOf)).ToList();
        var discrepancies = fileProblems.Concat(matching.Discrepancies).ToList();
        runLock.Beat();
        cancel.ThrowIfCancellationRequested();
        var openAfter = NightResult.OpenAfter(opening, matching);
        var decided = decisions.Where(d => d.Closes).Select(d => d.ExceptionId).ToHashSet(StringComparer.Ordinal);
        var merged = Investigations.Mark(CarryForward.Merge(store.PreviousExceptions(options.AsOf), discrepancies, matching, openAfter, decided), decisions);
        var firstSeen = store.FirstSeen(merged.Select(m => m.Discrepancy.Id), options.AsOf);
        var exceptions = merged
            .Select(m => (m.Discrepancy, m.FirstSeen ?? (firstSeen.TryGetValue(m.Discrepancy.Id, out var seen) ? seen : options.AsOf)))
            .OrderBy(e => DiscrepancyCategory.Order(e.Discrepancy.Category)).ThenBy(e => e.Discrepancy.Id, StringComparer.Ordinal)
            .ToList();

        exceptionsStage.Rows = exceptions.Count;
        exceptionsStage.Dispose();

        var inputs = decisionInputs.Concat(ingested.Where(i => i.Format != "open-items")).Append(invoicesInput).ToList();
        var troubled = inputs.Any(i => i.Status is "quarantined" or "loaded_with_errors" or "rejected")
            || fileProblems.Count > 0;
        return (new NightResult
        {
            RunId = runId,
            AsOf = options.AsOf,
            Status = troubled ? "completed_with_problems" : "completed",
            Inputs = inputs,
            OpenItems = opening,
            ExportedOpen = openLoad.Items.ToDictionary(i => i.InvoiceNumber, i => i.OpenAmount, StringComparer.Ordinal),
            Cash = cash,
            Items = items,
            Batches = batches,
            Matching = matching,
            Exceptions = exceptions,
        }, files);
    }

    private CompletedRun ToCompleted(NightResult night) => new()
    {
        RunId = night.RunId,
        AsOf = night.AsOf,
        FinishedAt = clock.GetUtcNow(),
        OpenItems = night.OpenItems,
        ExportedOpen = night.ExportedOpen,
        Matching = night.Matching,
        Exceptions = night.Exceptions,
        CountsJson = SummaryJson.Counts(night).ToJsonString(),
    };

    /// <summary>Returned exception workbooks dropped in the inbox's decisions/ folder are taken before the night runs.</summary>
    private IReadOnlyList<InputReport> ImportDecisions(RunOptions options)
    {
        if (options.Inbox is null || options.DryRun) return [];
        var folder = Path.Combine(options.Inbox, "decisions");
        if (!Directory.Exists(folder)) return [];
        var reports = new List<InputReport>();
        foreach (var path in Directory.GetFiles(folder, "*.xlsx").Order(StringComparer.Ordinal))
        {
            var result = new DecisionsImport(store, clock).Import(path);
            var status = !result.Succeeded ? "rejected" : result.AlreadyImported ? "already_imported" : "recorded";
            foreach (var problem in result.Problems) log.Warning("Decisions: {Problem}", problem.ToString());
            reports.Add(new InputReport(Path.GetFileName(path), "decisions", result.Recorded, status, result.Problems.Select(p => $"error: {p}").ToList()));
        }
        return reports;
    }
}
