using Reconciler.Configuration;
using Reconciler.Ingest;
using Reconciler.Ingest.OpenItems;
using Reconciler.Reports;
using Reconciler.Reports.Decisions;
using Reconciler.Reports.Summary;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;
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
        _collectBetweenStages = options.CollectBetweenStages;
        using var runProperty = LogContext.PushProperty("RunId", runId);
        var asOf = options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var asOfProperty = LogContext.PushProperty("AsOf", asOf);
        using var ledgerProperty = LogContext.PushProperty("Ledger", options.Ledger);
        var started = clock.GetTimestamp();
        using var runLock = RunLock.Acquire(store, options.Ledger, runId, lockSettings ?? new RunLockSettings(), clock, log, cancel);
        log.Information("Run started for {AsOf} by {Trigger}: inbox {Inbox}, open items {Invoices}", asOf, options.Trigger, options.Inbox,
            openItems?.Name ?? options.Invoices);
        var running = store.Runs(int.MaxValue).Where(r => r.Status == RunStatus.Running).Select(r => r.RunId).ToHashSet(StringComparer.Ordinal);
        foreach (var leftover in ReportSet.RemoveLeftovers(options.OutDir, running.Contains))
            log.Warning("Removed {Folder}, left by an interrupted run: reports there were never published", leftover);
        store.StartRun(runId, options.AsOf, options.Trigger, engine.Rules.Hash, clock.GetUtcNow());
        NightWriter? results = null;
        Task? resultsWritten = null;
        try
        {
            var inbox = new InboxFiles(options.InboxLifecycle, options.ArchiveRoot, clock, log);
            var (night, files) = Reconcile(options, runId, runLock, inbox, ref results, ref resultsWritten, cancel);
            cancel.ThrowIfCancellationRequested(); // the last safe point: after it the night commits and publishes
            var staging = WriteAndCommit(night, results!, resultsWritten!, options);
            if (!options.DryRun) LearnAliases(night);
            if (staging is not null) ReportSet.Publish(staging, options.OutDir);
            inbox.Settle(files, options.AsOf, options.QuarantineRoot, options.DryRun);
            var exitCode = night.Status == "completed" ? ExitCodes.Success : ExitCodes.CompletedWithProblems;
            log.Information("Run finished with {Status} in {Seconds:0.00}s: {Applications} application(s), {Exceptions} exception(s), reports in {OutDir}",
                night.Status, clock.GetElapsedTime(started).TotalSeconds, night.Matching.Applications.Count, night.Exceptions.Count, options.OutDir);
            return new Outcome(exitCode, night);
        }
        catch (OperationCanceledException)
        {
            RollBack(results, resultsWritten);
            log.Warning("Run stopped at a safe point before committing anything; the next run does the night again");
            store.FailRun(runId, "stopped before commit: the service was shutting down", clock.GetUtcNow());
            throw;
        }
        catch (Exception e)
        {
            RollBack(results, resultsWritten);
            log.Error(e, "Run failed: {Reason}", e.Message);
            store.FailRun(runId, e.Message, clock.GetUtcNow());
            throw;
        }
    }

    private (NightResult Night, IReadOnlyList<InboxIngest.FileOutcome> Files) Reconcile(
        RunOptions options, string runId, RunLock runLock, InboxFiles inbox, ref NightWriter? results, ref Task? resultsWritten, CancellationToken cancel)
    {
        var decisionInputs = ImportDecisions(options);
        var source = openItems ?? new CsvOpenItemsSource(options.Invoices);
        // The open items do not depend on the inbox: they are loaded on a second thread while the inbox is ingested.
        var openItemsLoad = LoadOpenItemsMeanwhile(source, options);
        var claimed = options.Inbox is null ? [] : inbox.Claim(options.Inbox, options.DryRun, cancel);
        var files = options.Inbox is null ? [] : new InboxIngest(store, formats, log, _progress).Ingest(claimed, options, runId, clock.GetUtcNow(), inbox.Recovered);
        var ingested = options.Inbox is null ? options.StoredInputs ?? [] : WithEarlierInputsOfTheNight(files, inbox.Deferred, options.AsOf);
        runLock.Beat();
        _progress.StageStarted("open_items");
        var (openLoad, openItemsTime) = openItemsLoad.GetAwaiter().GetResult();
        _progress.StageFinished("open_items", openItemsTime, openLoad.Items.Count);
        cancel.ThrowIfCancellationRequested();
        var invoicesInput = new InputReport(options.StoredOpenItems is null ? source.Name : "open items of the original night", "open-items",
            openLoad.Items.Count, openLoad.HasErrors ? "loaded_with_errors" : "loaded", openLoad.Problems.Select(p => $"{p.Severity.ToString().ToLowerInvariant()}: {p}").ToList());
        foreach (var problem in openLoad.Problems) log.Warning("Open items: {Problem}", problem.ToString());

        // What the exceptions stage reads of earlier nights, read before the load and the night's transaction (which begins before the match).
        var fileProblems = FileDiscrepancies.From(store.FileProblems(options.AsOf)).ToList();
        var previous = store.PreviousExceptions(options.AsOf);
        runLock.Beat();
        cancel.ThrowIfCancellationRequested();
        var (opening, exportedOpen, openItemsWritten, cash, items, batches, decisions, matching, receivables) =
            LoadAndMatch(openLoad.Items, options, runId, ref results, ref resultsWritten);
        opening = OpenBalances.WithCreated(opening, matching.CreatedItems);
        CollectWhatTheStageLeft();
        // What the match decided goes into the night's transaction on a second thread while this one classifies the exceptions.
        // The store's connection is that thread's alone until it is waited for.
        var writer = results!;
        var openingWritten = resultsWritten;
        var decidedWritten = resultsWritten = Task.Run(() =>
        {
            openingWritten?.GetAwaiter().GetResult();
            writer.OpenItems(opening.Skip(openItemsWritten), exportedOpen);
            writer.Applications(matching.Applications);
            writer.Settlements(matching.Settlements);
            writer.Positions(matching.UnappliedBySource);
            writer.Reversals(matching.Reversals);
        }, CancellationToken.None);
        var exceptionsStage = _progress.Stage("exceptions");
        cancel.ThrowIfCancellationRequested();
        var (proofs, proofProblems, classified, openAfter) = ProveAndClassify(options.AsOf, opening, cash, items, matching, receivables, fileProblems, previous, decisions);
        foreach (var problem in proofProblems) log.Error("Proof out of balance: {Description}", problem.Description);
        decidedWritten.GetAwaiter().GetResult();
        // A carried exception keeps the date the night before gave it: the registry is asked only for the others.
        var firstSeen = store.FirstSeen(classified.Where(m => m.FirstSeen is null).Select(m => m.Discrepancy.Id).ToList(), options.AsOf);
        var exceptions = classified
            .Select(m => (m.Discrepancy, m.FirstSeen ?? (firstSeen.TryGetValue(m.Discrepancy.Id, out var seen) ? seen : options.AsOf)))
            .ToList();
        var inputs = decisionInputs.Concat(ingested.Where(i => i.Format != "open-items")).Append(invoicesInput).ToList();
        var inputsJson = StoredNights.InputsJson(inputs);
        // The exceptions and the inputs follow on the second thread while this one writes the reports.
        resultsWritten = Task.Run(() =>
        {
            writer.Inputs(inputsJson);
            writer.Exceptions(exceptions);
        }, CancellationToken.None);

        exceptionsStage.Rows = exceptions.Count;
        exceptionsStage.Dispose();
        CollectWhatTheStageLeft();

        return (new NightResult
        {
            RunId = runId,
            AsOf = options.AsOf,
            Status = NightResult.StatusOf(inputs, fileProblems.Count, proofs),
            Inputs = inputs,
            OpenItems = opening,
            ExportedOpen = exportedOpen,
            Cash = cash,
            Items = items,
            Batches = batches,
            Matching = matching,
            Exceptions = exceptions,
            Proofs = proofs,
        }.WithOpenAfter(openAfter), files);
    }

    /// <summary>The night's proofs and its classified exceptions: pure work on what the night already holds, no store access.</summary>
    private (IReadOnlyList<Rules.Books.Proof> Proofs, List<Discrepancy> ProofProblems, IReadOnlyList<CarryForward.Merged> Classified,
        IReadOnlyDictionary<string, decimal> OpenAfter) ProveAndClassify(
        DateOnly asOf, IReadOnlyList<OpenItem> opening, IReadOnlyList<OutstandingCash> cash, IReadOnlyList<OutstandingItem> items, MatchingResult matching,
        IReadOnlyList<Rules.Books.ArOpening> receivables, List<Discrepancy> fileProblems, IReadOnlyList<CarryForward.Carried> previous,
        IReadOnlyList<ReviewDecision> decisions)
    {
        var openAfter = NightResult.OpenAfter(opening, matching);
        var proofs = NightProofs.Of(receivables, opening, openAfter, cash, items, matching, asOf, reports.Buckets, reports.Accounts);
        var proofProblems = proofs.Where(p => !p.Closes).Select(p => p.ToDiscrepancy(asOf)).ToList();
        var classified = ExceptionClassifier.Classify(new ClassificationInput
        {
            FileDiscrepancies = fileProblems, ProofDiscrepancies = proofProblems, Matching = matching, OpenItems = opening, OpenAfter = openAfter,
            Previous = previous, Decisions = decisions,
        });
        return (proofs, proofProblems, classified, openAfter);
    }

    /// <summary>
    /// Loads what the night considers and matches it. The matching input (a candidate per payment with its texts, the
    /// prior payments, the indexes) is needed only here: returning just the results lets it go before the exceptions
    /// and reports, which on a big night is several hundred megabytes. The night's transaction begins between the load and
    /// the match (<paramref name="results"/>): the trail goes into it as the match takes its steps.
    /// </summary>
    // Compiled optimised from the start: a method run once a night otherwise runs unoptimised code, which keeps every local
    // alive to its end (here the input, with its million payments, through the whole match).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private (IReadOnlyList<OpenItem> Opening, IReadOnlyDictionary<string, decimal> ExportedOpen, int OpenItemsWritten, IReadOnlyList<OutstandingCash> Cash,
        IReadOnlyList<OutstandingItem> Items, IReadOnlyList<NightBatch> Batches, IReadOnlyList<ReviewDecision> Decisions, MatchingResult Matching,
        IReadOnlyList<Rules.Books.ArOpening> Receivables) LoadAndMatch(
        IReadOnlyList<OpenItem> exported, RunOptions options, string runId, ref NightWriter? results, ref Task? resultsWritten)
    {
        var asOf = options.AsOf;
        var loadStage = _progress.Stage("load");
        var previousBalances = store.PreviousBalances(asOf);
        var previousItems = store.PreviousOpenItems(asOf);
        // Pure work on what billing exported and the last night left: done on the other core while this one reads the night's money.
        var startOfNight = Task.Run(() => StartOfNight(exported, previousItems, previousBalances));
        var cash = store.LoadOutstandingCash(asOf);
        var items = store.LoadOutstandingItems(asOf);
        var decisions = store.DecisionsFor(asOf);
        var batches = store.LoadUnsettledBatches(asOf);
        var queued = NightInputs.Payments(cash, items);
        var (opening, exportedOpen, receivables, withClosed) = startOfNight.GetAwaiter().GetResult();
        var input = new MatchingInput
        {
            AsOf = asOf,
            OpenItems = withClosed,
            Cash = NightInputs.HandedOver(queued),
            Batches = batches,
            PriorPayments = store.PriorPayments(asOf),
            Debits = store.LoadNightDebits(asOf).Select(NightInputs.FromBankLine).ToList(),
            Decisions = decisions,
            Aliases = store.PayerAliases.Learned().Select(a => new PayerAlias(a.Text, a.CustomerId, PayerAlias.Learned)).ToList(),
        };
        // Read from the queue itself: the handed-over sequence would take the payments out as they are looked at.
        input = input with { PriorSources = NightInputs.EarlierPayments(store, queued, input) };
        var lookBack = asOf.AddDays(-NightInputs.ReversalLookBackDays);
        input = input with
        {
            OpenItems = NightInputs.WithPaidByOriginals(store, input),
            // What befell the earlier payments sought, since the look-back began: nothing earlier can concern them.
            EarlierReversals = input.PriorSources.Count == 0 ? input.EarlierReversals : store.EarlierReversals(lookBack, input.AsOf),
            PriorWriteOffs = input.PriorSources.Count == 0 ? input.PriorWriteOffs : store.PriorWriteOffs(lookBack, input.AsOf),
        };
        // The candidates have what the match needs of each line; the night keeps only what its reports read.
        cash = cash.Select(c => c.WithoutDetails()).ToList();
        var payments = cash.Count + items.Count;
        var known = input.OpenItems;
        loadStage.Rows = payments + input.OpenItems.Count;
        loadStage.Dispose();
        // Begun before the collection: the store lets go then of the lines it kept from tonight's files for the load.
        var writer = results = store.BeginNight(runId, asOf);
        CollectWhatTheStageLeft();
        // The items the night starts from go in while the match runs, on the other core: between the trail's steps when the trail
        // is streamed, else (a backtest) at once. The match only appends to them (the items it reopens or creates), which follow
        // with its results.
        var startingItems = opening;
        var written = options.WriteTrail ? writer.StreamTrail(startingItems, exportedOpen) : null;
        if (written is null) resultsWritten = Task.Run(() => writer.OpenItems(startingItems, exportedOpen));
        var openItemsWritten = opening.Count;
        var trail = new NightTrail(written);
        using var stage = _progress.Stage("match");
        // The engine takes the payments out of the queue they were handed over in, and lets each go once it is matched.
        // The night's result holds of the trail only the reviewers' closings, which the journal reads; the rest is in the store.
        var matching = engine.Run(input with { TrailSink = trail }) with { Trail = trail.Decided };
        written?.Finish();
        stage.Rows = payments;
        opening = OpenBalances.WithReopened(opening, known, matching);
        return (opening, exportedOpen, openItemsWritten, cash, items, batches, decisions, matching, receivables);
    }

    /// <summary>
    /// The load, the match and the exceptions each leave most of what they allocated (gigabytes on a big night) as garbage
    /// in the oldest generation, which the runtime would collect only later, on top of what the next stage allocates. So
    /// the run collects at those three boundaries, aggressively (what is freed goes back to the system at once instead of
    /// staying committed for later allocations). On the 1M night, for about two seconds in all and with the night faster
    /// overall (the match works on a compact heap): the peak of the match fell from 2.10 GB to 1.71 GB, and that of the
    /// reports and commit from 2.54 GB to under it.
    /// </summary>
    private void CollectWhatTheStageLeft()
    {
        if (_collectBetweenStages) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private bool _collectBetweenStages = true;

    /// <summary>
    /// The items the night starts from (<see cref="OpenBalances"/>), what the export said where the night starts otherwise (item for
    /// item the export's: the match only appends to the night's items), the receivables proof's opening side from the store's figures
    /// (the closing side comes from the aging), and the items the match considers (the night's and those closed since the last night).
    /// </summary>
    private static (IReadOnlyList<OpenItem> Opening, IReadOnlyDictionary<string, decimal> ExportedOpen, IReadOnlyList<Rules.Books.ArOpening> Receivables,
        IReadOnlyList<OpenItem> WithClosed) StartOfNight(IReadOnlyList<OpenItem> exported, IReadOnlyList<OpenItem> previousItems,
        IReadOnlyDictionary<string, PreviousBalance> previousBalances)
    {
        var opening = OpenBalances.WithCarried(OpenBalances.AtStartOfNight(exported, previousBalances), previousItems, previousBalances);
        var receivables = Rules.Books.ArOpening.From(opening, NightProofs.Previous(previousItems, previousBalances));
        return (opening, OpenBalances.Moved(exported, opening), receivables, NightInputs.WithClosed(opening, previousItems));
    }

    private static Task<(OpenItemsLoad Load, TimeSpan Elapsed)> LoadOpenItemsMeanwhile(IOpenItemsSource source, RunOptions options) =>
        Task.Run(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var load = options.StoredOpenItems is { } stored ? new OpenItemsLoad(stored, []) : source.Load(options.AsOf);
            return (load, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        });

    /// <summary>
    /// The night's file inputs in name order: those read now, those left for a later night, and those an earlier completed run of the same night read and
    /// that are no longer in the inbox (archived by it, or by a run killed while settling). Their lines are still this night's.
    /// </summary>
    private List<InputReport> WithEarlierInputsOfTheNight(IReadOnlyList<InboxIngest.FileOutcome> files, IReadOnlyList<InputReport> deferred, DateOnly asOf)
    {
        var reports = files.Select(f => f.Report).Concat(deferred).ToList();
        if (store.Runs(int.MaxValue).Any(r => r.AsOf == asOf && r.Status == RunStatus.Completed) && store.LoadRun(asOf) is { } earlier)
        {
            var seen = reports.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
            reports.AddRange(earlier.Inputs.Where(i => !seen.Contains(i.File) && i.Status is "ingested" or "quarantined")
                .Select(i => new InputReport(i.File, i.Format, i.Records, i.Status,
                    i.Problems.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(LowerSeverity).ToList())));
        }
        return reports.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
    }

    /// <summary>The store keeps "Error: ..." where a report says "error: ...".</summary>
    private static string LowerSeverity(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? problem[..colon].ToLowerInvariant() + problem[colon..] : problem;
    }

    /// <summary>Undoes the night's results before the failure is recorded outside their transaction, once their writer is off the connection.</summary>
    private static void RollBack(NightWriter? results, Task? resultsWritten)
    {
        try { resultsWritten?.Wait(CancellationToken.None); } catch (AggregateException) { }
        results?.Dispose();
    }

    /// <summary>
    /// Writes the reports (staged, not yet published) on a second thread while the results go into the store; the store's
    /// transaction commits only once the reports are staged, so a failure of either commits nothing and publishes nothing.
    /// (Done one after the other, the two were the longest stages of a big night, each using one core of two.)
    /// </summary>
    private string? WriteAndCommit(NightResult night, NightWriter results, Task resultsWritten, RunOptions options)
    {
        var rows = night.Matching.Applications.Count + night.Exceptions.Count;
        _progress.StageStarted("reports");
        var reportsTime = TimeSpan.Zero;
        var written = !options.WriteReports ? Task.FromResult<string?>(null) : Task.Run<string?>(() =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var staged = reports.WriteStaged(night, options.OutDir);
            reportsTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            return staged;
        });
        try
        {
            using (var stage = _progress.Stage("commit"))
            {
                resultsWritten.GetAwaiter().GetResult();
                // A dry run waits for its reports too, then undoes everything it wrote.
                if (options.DryRun) { written.Wait(); results.Rollback(); }
                else results.Commit(clock.GetUtcNow(), SummaryJson.Counts(night).ToJsonString(), () => written.GetAwaiter().GetResult());
                stage.Rows = rows;
            }
            var staging = written.GetAwaiter().GetResult();
            _progress.StageFinished("reports", reportsTime, rows);
            return staging;
        }
        finally
        {
            // Never leave the report writer running behind a failure: wait for it (its own failure is already reported or moot).
            try { written.Wait(); } catch (AggregateException) { }
        }
    }

    /// <summary>Remembers the remitter texts of unidentified money the reviewers applied tonight (rule alias_customer uses them).</summary>
    private void LearnAliases(NightResult night)
    {
        foreach (var alias in store.PayerAliases.LearnFrom(night.RunId, night.AsOf, night.Matching.Applications, night.Cash))
            log.Information("Learned a payer alias for customer {Customer} from {Exception}", alias.CustomerId, alias.ExceptionId);
    }

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
