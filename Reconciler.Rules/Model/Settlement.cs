namespace Reconciler.Rules.Model;

/// <summary>A bank line tied to a batch (payout, remittance, ACH batch), with any difference.</summary>
public sealed record Settlement(
    string BankLineId,
    decimal BankAmount,
    string Currency,
    string BatchKind,
    string BatchId,
    decimal BatchAmount,
    string Status,
    string Rule)
{
    /// <summary>The store's key of the batch.</summary>
    public string BatchKey { get; init; } = "";

    /// <summary>Why the rule tied them.</summary>
    public string Explanation { get; init; } = "";

    /// <summary>Bank amount minus batch amount.</summary>
    public decimal Difference => BankAmount - BatchAmount;
}
