namespace Reconciler.Rules.Rules.Claims;

/// <summary>Which CAS groups are written off when a claim is posted (default CO, contractual obligation); PR stays open.</summary>
public sealed record ClaimPostingOptions(IReadOnlyList<string> WriteOffGroups)
{
    public static ClaimPostingOptions Default { get; } = new(["CO"]);
}
