using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Storage;

/// <summary>A file the store has seen.</summary>
public sealed record ImportRecord(long ImportId, string ContentHash, string FileName, string Format, ImportStatus Status, int Records, DateOnly AsOf);

/// <summary>A file about to be recorded: its identity and what its reader made of it.</summary>
public sealed record NewImport(string ContentHash, string FileName, string Format, string RunId, DateOnly AsOf, DateTimeOffset At);

/// <summary>
/// A bank credit still (partly) unapplied at the start of a night: the line as read (<see cref="Transaction"/>), and the
/// fields a night's reports read of it, kept on their own so that <see cref="WithoutDetails"/> can let the rest go.
/// </summary>
public sealed record OutstandingCash
{
    public OutstandingCash(BankTransaction transaction, string sourceFile, decimal remaining, DateOnly ingestedAsOf)
    {
        Details = transaction;
        (Id, Account, BookingDate, Amount, Currency, Counterparty, Remittance) =
            (transaction.Id, transaction.Account, transaction.BookingDate, transaction.Amount, transaction.Currency, transaction.Counterparty, transaction.Remittance);
        (SourceFile, Remaining, IngestedAsOf) = (sourceFile, remaining, ingestedAsOf);
    }

    public string Id { get; }
    public string Account { get; }
    public DateOnly BookingDate { get; }

    /// <summary>What the line brought in.</summary>
    public decimal Amount { get; }

    public string Currency { get; }
    public string? Counterparty { get; }
    public string? Remittance { get; }
    public string SourceFile { get; }

    /// <summary>What was still unapplied at the start of the night.</summary>
    public decimal Remaining { get; }

    /// <summary>The night the line was first read.</summary>
    public DateOnly IngestedAsOf { get; }

    /// <summary>
    /// The line as read; after <see cref="WithoutDetails"/>, the line made again from the fields kept (its references, type,
    /// value date and batch details are gone by then).
    /// </summary>
    public BankTransaction Transaction => Details ?? new BankTransaction
    {
        Id = Id, Account = Account, BookingDate = BookingDate, Amount = Amount, Currency = Currency, Counterparty = Counterparty, Remittance = Remittance,
    };

    private BankTransaction? Details { get; init; }

    /// <summary>
    /// The same credit without the line as read, once the matching has what it needs of it: the reports read only the fields
    /// kept here, and a big night holds its million lines to the end (the whole line and its texts were about twice the size).
    /// </summary>
    public OutstandingCash WithoutDetails() => Details is null ? this : this with { Details = null };
}

/// <summary>A batch item still (partly) unapplied at the start of a night, with its batch's identity.</summary>
public sealed record OutstandingItem(
    string ItemKey, PaymentItem Item, string BatchKind, string BatchId, DateOnly Date, string Currency, string SourceFile, decimal Remaining);

/// <summary>What an item owed in the previous night's export, and what it owed after that night's applications.</summary>
public sealed record PreviousBalance(decimal ExportedOpen, decimal OpenAfter);

/// <summary>An exception as the latest night left it, for checking reviewers' decisions against.</summary>
public sealed record ExceptionOnFile(
    string ExceptionId, string Category, string SourceKind, string SourceId, string? InvoiceNumber, decimal? Amount, string Currency);

/// <summary>One reviewer decision as read from a returned workbook (already validated).</summary>
public sealed record DecisionRecord(string ExceptionId, string Action, IReadOnlyList<string> ApplyTo, string? Note, string Sheet, int Row);

/// <summary>What every reader of a completed night reads back: the inputs and open items it started from, its applications and what it left of each payment.</summary>
public abstract record StoredRunBase
{
    public required RunRecord Run { get; init; }
    public required IReadOnlyList<(string File, string Format, int Records, string Status, string Problems)> Inputs { get; init; }
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }
    /// <summary>What the billing export said an item owed, for the items the night started from another amount (the others started from the export).</summary>
    public required IReadOnlyDictionary<string, decimal> ExportedOpen { get; init; }
    public required IReadOnlyList<Application> Applications { get; init; }
    public required IReadOnlyDictionary<string, decimal> Unapplied { get; init; }
}

/// <summary>What a completed night wrote, read back so its reports can be written again without recomputing.</summary>
public sealed record StoredRun : StoredRunBase
{
    public required IReadOnlyList<Settlement> Settlements { get; init; }
    public required IReadOnlyList<(Rules.Discrepancies.Discrepancy Discrepancy, DateOnly FirstSeen)> Exceptions { get; init; }
    public IReadOnlyList<Rules.Matching.Reversal> Reversals { get; init; } = [];
}

/// <summary>
/// What a backtest reads of a completed night: what it is replayed from, and what the replay is compared with (of its exceptions, only
/// their ids and categories). Every stored night of the range is read while the nights are replayed: the rest of what a night wrote
/// (settlements, reversals, the exceptions' texts, the applications' explanations) would be made and let go unread.
/// </summary>
public sealed record StoredRunToReplay : StoredRunBase
{
    public required IReadOnlyList<(string Id, string Category)> Exceptions { get; init; }
}

/// <summary>Who holds a ledger's run lock.</summary>
public sealed record LockHolder(string Ledger, string Holder, int Pid, string Host, DateTimeOffset AcquiredAt, DateTimeOffset HeartbeatAt)
{
    public override string ToString() =>
        $"{Holder} (process {Pid} on {Host}, since {AcquiredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, last heartbeat {HeartbeatAt.UtcDateTime:HH:mm:ss} UTC)";

    /// <summary>
    /// Why the run that held this lock is marked failed when the lock is taken over: its process died (or fell silent)
    /// before the run finished, so nothing of its results was committed and the next run does the night again.
    /// </summary>
    public string AbandonedMessage(bool dead) => dead
        ? $"abandoned: process {Pid} on {Host} stopped before the run finished; nothing of it was committed"
        : $"abandoned: no heartbeat from process {Pid} on {Host} since {HeartbeatAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; nothing of it was committed";
}

/// <summary>A file-level problem a night's inputs had (a quarantined file, a statement that does not add up).</summary>
public sealed record FileProblem(string Kind, string FileName, string ContentHash, int StatementOrdinal, string Account, string Currency, decimal? Closing, string Detail);

/// <summary>A run as the history lists it.</summary>
public sealed record RunRecord(
    string RunId, DateOnly AsOf, RunStatus Status, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    string? Message, string? Counts);

/// <summary>Everything a finished night writes, committed together or not at all.</summary>
public sealed record CompletedRun
{
    public required string RunId { get; init; }
    public required DateOnly AsOf { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }

    /// <summary>What the billing export said an item owed tonight (before earlier nights' applications were taken off), for the items whose night started from another amount.</summary>
    public IReadOnlyDictionary<string, decimal> ExportedOpen { get; init; } = new Dictionary<string, decimal>();

    public required MatchingResult Matching { get; init; }

    /// <summary>The night's discrepancies including file-level ones, each with its first-seen date.</summary>
    public required IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> Exceptions { get; init; }

    public required string CountsJson { get; init; }

    /// <summary>
    /// Called after every row is written and just before the transaction commits; if it throws, nothing is committed.
    /// The run waits here for its reports (written meanwhile on another thread), so a night whose reports fail commits nothing.
    /// </summary>
    public Action? BeforeCommit { get; init; }
}
