namespace Reconciler.Rules.Matching;

/// <summary>
/// A discrepancy a rule recognised, before the engine attaches the payment it is about. Amount defaults
/// to the payment's unapplied amount.
/// </summary>
public sealed record Finding(string Category, string Description, string SuggestedAction)
{
    public string? InvoiceNumber { get; init; }
    public string? CustomerId { get; init; }
    public decimal? Amount { get; init; }
    public decimal? ExpectedAmount { get; init; }
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>The finding settles what happens to the payment for good (a reversal with nothing to undo): it is not looked at again.</summary>
    public bool ConsumesPayment { get; init; }
}
