using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>Part of a payment going to one open item.</summary>
public sealed record Allocation(OpenItem Item, decimal Amount);
