using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;

namespace Reconciler.Rules.Matching;

/// <summary>Everything one night's matching sees. The engine reads nothing else: no clock, no files.</summary>
public sealed record MatchingInput
{
    public required DateOnly AsOf { get; init; }

    /// <summary>Open items with what is still owed as of the start of the night (closed ones with 0, so references to them are recognised).</summary>
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }

    /// <summary>Money waiting to be applied: bank credits and batch items, in any order (the engine orders it), read once.</summary>
    public required IEnumerable<CashCandidate> Cash { get; init; }

    /// <summary>Batches not yet tied to a bank line.</summary>
    public IReadOnlyList<NightBatch> Batches { get; init; } = [];

    /// <summary>Earlier nights' applications, for duplicate detection and claim reversals.</summary>
    public IReadOnlyList<PriorPayment> PriorPayments { get; init; } = [];

    /// <summary>Earlier nights' write-offs made with a payment and their reversals (a full return of the payment undoes them too).</summary>
    public IReadOnlyList<PriorWriteOff> PriorWriteOffs { get; init; } = [];

    /// <summary>Reviewers' decisions on earlier nights' exceptions, acted on before any rule.</summary>
    public IReadOnlyList<ReviewDecision> Decisions { get; init; } = [];

    /// <summary>The night's new bank debits, checked for returned payments.</summary>
    public IReadOnlyList<CashCandidate> Debits { get; init; } = [];

    /// <summary>
    /// Money earlier nights applied (bank credits and batch items, with their full amounts), where tonight's returns, refunds
    /// and disputes look for the payment they undo when it is not among tonight's own.
    /// </summary>
    public IReadOnlyList<CashCandidate> PriorSources { get; init; } = [];

    /// <summary>
    /// Earlier nights' returns, refunds and disputes that reopened (or, won, applied again) something, by reversing row id:
    /// what they moved, found in <see cref="PriorPayments"/>, is no longer the original's to undo again, and a dispute won
    /// tonight applies again what its charge's dispute reopened on an earlier night.
    /// </summary>
    public IReadOnlyDictionary<string, EarlierReversal> EarlierReversals { get; init; } = new Dictionary<string, EarlierReversal>();

    /// <summary>Payer aliases learned from reviewers' decisions (the engine adds its configured ones).</summary>
    public IReadOnlyList<PayerAlias> Aliases { get; init; } = [];

    /// <summary>Where the trail's steps go as they are taken; when null (the default) the result holds them in <see cref="MatchingResult.Trail"/>.</summary>
    public ITrailSink? TrailSink { get; init; }
}
