namespace Reconciler.Rules.Aging;

/// <summary>One customer's (or payer's) open balance in one currency, spread over the buckets.</summary>
public sealed record AgingRow(string CustomerId, string CustomerName, string Currency, IReadOnlyList<decimal> Buckets)
{
    public decimal Total => Buckets.Sum();
}
