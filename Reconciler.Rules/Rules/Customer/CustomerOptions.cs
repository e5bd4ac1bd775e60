namespace Reconciler.Rules.Rules.Customer;

/// <summary>How sure the name match must be (0 to 1, the share of the customer's name words found; default 0.8).</summary>
public sealed record CustomerOptions(decimal NameThreshold = 0.8m);
