using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>A non-cash reduction of what an item owes (a contractual adjustment, a fee or tolerance write-off).</summary>
public sealed record Adjustment(OpenItem Item, decimal Amount, string Reason, string Explanation);
