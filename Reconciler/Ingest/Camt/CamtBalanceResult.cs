namespace Reconciler.Ingest.Camt;

/// <summary>What the balance proof of one statement found.</summary>
internal sealed record CamtBalanceResult(decimal? Opening, decimal? Closing, bool? Balanced, string? Note)
{
    /// <summary>The balance the next page of the same statement starts from: the closing, else the proven end.</summary>
    public decimal? End { get; init; }
}
