namespace Reconciler.Rules.Model;

/// <summary>A CAS adjustment: group (CO, PR, OA, PI), CARC reason code and amount (positive reduces payment).</summary>
public sealed record ClaimAdjustment(string Group, string Reason, decimal Amount);
