namespace Reconciler.Rules.Model;

/// <summary>What an 835 says about one claim (CLP and its CAS).</summary>
public sealed record ClaimPayment
{
    /// <summary>CLP02: 1, 2, 3 processed, 4 denied, 19-23 ..., 22 reversal of previous payment.</summary>
    public required string Status { get; init; }

    public required decimal Charge { get; init; }

    public required decimal Paid { get; init; }

    public decimal PatientResponsibility { get; init; }

    public string? PayerClaimId { get; init; }

    /// <summary>Claim- and service-level adjustments.</summary>
    public IReadOnlyList<ClaimAdjustment> Adjustments { get; init; } = [];

    /// <summary>Whether the payer denied the claim.</summary>
    public bool IsDenied => Status == "4";

    /// <summary>Whether this reverses an earlier payment of the claim.</summary>
    public bool IsReversal => Status == "22";
}
