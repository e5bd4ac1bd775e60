using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Discrepancies;

/// <summary>What the night's exceptions are classified from.</summary>
public sealed record ClassificationInput
{
    /// <summary>Problems with whole files (unparseable, out of balance), already as discrepancies.</summary>
    public IReadOnlyList<Discrepancy> FileDiscrepancies { get; init; } = [];

    /// <summary>The night's proofs that did not close (<c>proof_out_of_balance</c>), already as discrepancies.</summary>
    public IReadOnlyList<Discrepancy> ProofDiscrepancies { get; init; } = [];

    /// <summary>Tonight's matching result, with the discrepancies the rules found.</summary>
    public required MatchingResult Matching { get; init; }

    /// <summary>The open items with what they owed at the start of the night.</summary>
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }

    /// <summary>What each open item owes after the night (<see cref="ExceptionClassifier.OpenAfter"/>), when the caller has it already.</summary>
    public IReadOnlyDictionary<string, decimal>? OpenAfter { get; init; }

    /// <summary>The previous night's open exceptions, with their first-seen dates.</summary>
    public IReadOnlyList<CarryForward.Carried> Previous { get; init; } = [];

    /// <summary>Reviewers' decisions acted on tonight.</summary>
    public IReadOnlyList<ReviewDecision> Decisions { get; init; } = [];
}
