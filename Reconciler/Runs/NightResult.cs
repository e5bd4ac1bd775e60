using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>Everything one night decided, as the reports need it.</summary>
public sealed record NightResult
{
    public required string RunId { get; init; }
    public required DateOnly AsOf { get; init; }

    /// <summary>completed, or completed_with_problems when input was quarantined or did not add up.</summary>
    public required string Status { get; init; }

    public required IReadOnlyList<InputReport> Inputs { get; init; }

    /// <summary>Open items with what they owed at the start of the night.</summary>
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }

    /// <summary>
    /// What the billing export said an item owed, for the items whose night started from another amount (an item not
    /// here started from what the export said): a big night has a million items, nearly all of them not here.
    /// </summary>
    public IReadOnlyDictionary<string, decimal> ExportedOpen { get; init; } = new Dictionary<string, decimal>();

    /// <summary>The money the night considered: its own new credits and what earlier nights left unapplied.</summary>
    public required IReadOnlyList<OutstandingCash> Cash { get; init; }

    /// <summary>Batch items the night considered (processor payments, 835 claims, ...).</summary>
    public IReadOnlyList<OutstandingItem> Items { get; init; } = [];

    /// <summary>Batches that were not yet settled at the start of the night.</summary>
    public IReadOnlyList<NightBatch> Batches { get; init; } = [];

    public required MatchingResult Matching { get; init; }

    public required IReadOnlyList<(Discrepancy Discrepancy, DateOnly FirstSeen)> Exceptions { get; init; }

    /// <summary>The night's proofs (receivables roll-forward, bank money), each of which must close (docs/books.md).</summary>
    public IReadOnlyList<Rules.Books.Proof> Proofs { get; init; } = [];

    /// <summary>completed_with_problems when an input was not taken whole, a file had a problem or a proof does not close.</summary>
    public static string StatusOf(IEnumerable<InputReport> inputs, int fileProblems, IEnumerable<Rules.Books.Proof> proofs) =>
        inputs.Any(i => i.Status is "quarantined" or "loaded_with_errors" or "rejected" or FreshFiles.DeferredStatus) || fileProblems > 0
        || proofs.Any(p => !p.Closes) ? "completed_with_problems" : "completed";

    /// <summary>What each open item still owes after the night's applications.</summary>
    public IReadOnlyDictionary<string, decimal> OpenAfter() =>
        _openAfter.Open is { } open && ReferenceEquals(_openAfter.Items, OpenItems) && ReferenceEquals(_openAfter.Matching, Matching) ? open : OpenAfter(OpenItems, Matching);

    /// <summary>
    /// Tells this night what its items owe after it, as the run worked it out for the exceptions (a million items on a big night:
    /// the reports would work it out again). A copy made with other items or another match works it out afresh.
    /// </summary>
    public NightResult WithOpenAfter(IReadOnlyDictionary<string, decimal> open)
    {
        _openAfter = new OpenAfterMemo(OpenItems, Matching, open);
        return this;
    }

    private OpenAfterMemo _openAfter;

    /// <summary>What the items owe after the night, and what it was worked out from. Never part of equality: it is a cache.</summary>
    private readonly record struct OpenAfterMemo(IReadOnlyList<OpenItem>? Items, MatchingResult? Matching, IReadOnlyDictionary<string, decimal>? Open)
    {
        public bool Equals(OpenAfterMemo other) => true;

        public override int GetHashCode() => 0;
    }

    public static IReadOnlyDictionary<string, decimal> OpenAfter(IReadOnlyList<OpenItem> openItems, MatchingResult matching) =>
        ExceptionClassifier.OpenAfter(openItems, matching);
}
