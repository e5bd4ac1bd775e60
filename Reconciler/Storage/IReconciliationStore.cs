using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage;

/// <summary>
/// Where nights are remembered: imported files and their lines, runs, and each run's results. One class keeps it for
/// every database (<see cref="ReconciliationStore"/>), checked by the same tests on each.
/// </summary>
public interface IReconciliationStore : IDisposable
{
    /// <summary>Creates or upgrades the schema to the newest migration; returns the version reached.</summary>
    int Migrate();

    /// <summary>The ingested import with this content hash, if any (renamed files are the same import).</summary>
    ImportRecord? FindIngested(string contentHash);

    /// <summary>Records a file and, unless it has errors, its statements and batches, in one transaction.</summary>
    ImportRecord SaveImport(NewImport import, Ingest.ParsedFile parsed);

    /// <summary>Notes that a run used an import that was read on an earlier night.</summary>
    void LinkImport(string runId, long importId, ImportStatus outcome);

    void StartRun(string runId, DateOnly asOf, string trigger, string rulesHash, DateTimeOffset at);

    /// <summary>Bank credits of nights up to <paramref name="asOf"/> that earlier nights left unapplied.</summary>
    IReadOnlyList<OutstandingCash> LoadOutstandingCash(DateOnly asOf);

    /// <summary>
    /// The ids and unapplied amounts of the bank credits <see cref="LoadOutstandingCash"/> gives, without the lines' texts:
    /// what a backtest needs of a stored night's cash for its auto-match rate.
    /// </summary>
    IReadOnlyList<(string Id, decimal Remaining)> OutstandingCashAmounts(DateOnly asOf);

    /// <summary>Batch items of nights up to <paramref name="asOf"/> that earlier nights left unapplied (or never saw).</summary>
    IReadOnlyList<OutstandingItem> LoadOutstandingItems(DateOnly asOf);

    /// <summary>Batches of nights up to <paramref name="asOf"/> not yet tied to a bank line by an earlier night.</summary>
    IReadOnlyList<NightBatch> LoadUnsettledBatches(DateOnly asOf);

    /// <summary>Bank debits first read on the night <paramref name="asOf"/> (checked for returned payments).</summary>
    IReadOnlyList<OutstandingCash> LoadNightDebits(DateOnly asOf);

    /// <summary>Cash applications of completed nights before <paramref name="asOf"/> (for duplicates and reversals).</summary>
    IReadOnlyList<PriorPayment> PriorPayments(DateOnly asOf);

    /// <summary>Write-offs made with a payment (card_fee, tolerance_writeoff, write_off) of completed nights before <paramref name="asOf"/>, and their reversals (for a full return).</summary>
    IReadOnlyList<Rules.Matching.PriorWriteOff> PriorWriteOffs(DateOnly since, DateOnly asOf);

    /// <summary>Bank credits and batch items first read on nights from <paramref name="since"/> to before <paramref name="asOf"/>, with their full amounts (for finding what a return undoes).</summary>
    (IReadOnlyList<OutstandingCash> Lines, IReadOnlyList<OutstandingItem> Items) EarlierMoney(DateOnly since, DateOnly asOf,
        IReadOnlyCollection<decimal>? creditAmounts = null);

    /// <summary>Earlier nights' returns, refunds and disputes that reopened (or applied again) something: by reversing row id, its original and kind.</summary>
    IReadOnlyDictionary<string, Rules.Matching.EarlierReversal> EarlierReversals(DateOnly since, DateOnly asOf);

    /// <summary>Open items of the latest earlier night, for recognising references to invoices since closed.</summary>
    IReadOnlyList<OpenItem> PreviousOpenItems(DateOnly asOf);

    /// <summary>Each item's balances on the latest completed night before <paramref name="asOf"/>.</summary>
    IReadOnlyDictionary<string, PreviousBalance> PreviousBalances(DateOnly asOf);

    /// <summary>The exceptions the latest completed night before <paramref name="asOf"/> left open, with their first-seen dates.</summary>
    IReadOnlyList<Rules.Discrepancies.CarryForward.Carried> PreviousExceptions(DateOnly asOf);

    /// <summary>When each of these discrepancy ids was first seen on a night before <paramref name="asOf"/>.</summary>
    IReadOnlyDictionary<string, DateOnly> FirstSeen(IEnumerable<string> exceptionIds, DateOnly asOf);

    /// <summary>Writes a night's results in one transaction; earlier runs of the same night become superseded.</summary>
    void CompleteRun(CompletedRun run);

    /// <summary>
    /// Opens the night's one transaction for writing its results in chunks as they are decided; nothing is committed until
    /// <see cref="NightWriter.Commit"/>. Earlier runs of the same night become superseded when it commits.
    /// </summary>
    NightWriter BeginNight(string runId, DateOnly asOf);

    /// <summary>The payer aliases nights learned from reviewers' applies of unidentified money.</summary>
    IPayerAliases PayerAliases { get; }

    void FailRun(string runId, string message, DateTimeOffset at);

    IReadOnlyList<RunRecord> Runs(int last);

    /// <summary>The exceptions the latest completed night left open, and that night's as-of date (null: no night yet).</summary>
    (DateOnly? AsOf, IReadOnlyList<ExceptionOnFile> Exceptions) LatestExceptions();

    /// <summary>What each item owed after the latest completed night.</summary>
    IReadOnlyDictionary<string, decimal> LatestOpenBalances();

    /// <summary>Records a workbook's decisions in one transaction; false when this very file was imported before.</summary>
    /// <summary>Whether a decisions workbook with these bytes was already recorded.</summary>
    bool DecisionsImported(string contentHash);

    bool RecordDecisions(string fileName, string contentHash, DateOnly answersAsOf, IReadOnlyList<DecisionRecord> decisions, DateTimeOffset at);

    /// <summary>The decisions that answer nights before <paramref name="asOf"/>, oldest first.</summary>
    IReadOnlyList<ReviewDecision> DecisionsFor(DateOnly asOf);

    /// <summary>
    /// The results of the completed run of the night <paramref name="asOf"/> (or, with <paramref name="orEarlier"/>, of the
    /// latest night up to it), or null when there is none.
    /// </summary>
    StoredRun? LoadRun(DateOnly asOf, bool orEarlier = false);

    /// <summary>
    /// The applications to <paramref name="invoiceNumbers"/> made by the completed nights up to <paramref name="asOf"/> (each
    /// date's latest run), without loading those nights: for reports about a few items' history (patient statements).
    /// </summary>
    IReadOnlyList<Application> ApplicationsTo(IReadOnlyCollection<string> invoiceNumbers, DateOnly asOf);

    /// <summary>The newest stored row of each of <paramref name="invoiceNumbers"/> the completed nights up to <paramref name="asOf"/> held.</summary>
    IReadOnlyList<OpenItem> NewestOpenItems(IReadOnlyCollection<string> invoiceNumbers, DateOnly asOf);

    /// <summary>The inputs <see cref="NightWriter.Inputs"/> kept for the run, or null for a run stored before they were kept.</summary>
    string? NightInputs(string runId);

    /// <summary>The refund and write-off decisions the run acted on (its trail's decided steps), which close unapplied money in its books.</summary>
    IReadOnlyList<(string SourceId, int Step, string Rule)> ReviewerClosings(string runId);

    /// <summary>
    /// Takes the ledger's run lock for <paramref name="holder"/>; a lock left by a dead process on this host, or one whose
    /// heartbeat is older than <paramref name="staleAfter"/>, is taken over (and <paramref name="tookOver"/> told whose it was).
    /// Returns null when acquired, else the holder.
    /// </summary>
    LockHolder? TryAcquireLock(string ledger, string holder, int pid, string host, DateTimeOffset at, TimeSpan staleAfter, Func<int, bool> processAlive,
        Action<LockHolder>? tookOver = null);

    void HeartbeatLock(string ledger, string holder, DateTimeOffset at);

    void ReleaseLock(string ledger, string holder);

    /// <summary>Files first read on the night <paramref name="asOf"/> that were quarantined or do not add up.</summary>
    IReadOnlyList<FileProblem> FileProblems(DateOnly asOf);

    /// <summary>What the store knows of a bank line, batch item, invoice or exception id, or null when the id is unknown.</summary>
    Explanation? Explain(string id);
}
