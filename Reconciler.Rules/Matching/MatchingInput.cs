using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>Everything one night's matching sees. The engine reads nothing else: no clock, no files.</summary>
public sealed record MatchingInput
{
    public required DateOnly AsOf { get; init; }

    /// <summary>Open items with what is still owed as of the start of the night.</summary>
    public required IReadOnlyList<OpenItem> OpenItems { get; init; }

    /// <summary>Money waiting to be applied, in any order (the engine orders it).</summary>
    public required IReadOnlyList<CashCandidate> Cash { get; init; }
}
