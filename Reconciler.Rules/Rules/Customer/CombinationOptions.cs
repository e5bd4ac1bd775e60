namespace Reconciler.Rules.Rules.Customer;

/// <summary>Bounds of the combination search, so it stays fast and deterministic.</summary>
/// <param name="MaxItems">Most invoices one payment may pay (default 5).</param>
/// <param name="MaxCandidates">Most open invoices of the customer considered, oldest first (default 20).</param>
/// <param name="MaxSteps">Most subsets tried before giving up (default 200,000): a step budget, not a clock, so reruns agree.</param>
public sealed record CombinationOptions(int MaxItems = 5, int MaxCandidates = 20, int MaxSteps = 200_000, decimal NameThreshold = 0.8m);
