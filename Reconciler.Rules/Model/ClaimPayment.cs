namespace Reconciler.Rules.Model;

/// <summary>What an 835 says about one claim (loop 2100: CLP, its CAS, NM1, MIA/MOA, DTM and its service lines).</summary>
public sealed record ClaimPayment
{
    /// <summary>CLP02: 1, 2, 3 processed, 4 denied, 19-21 processed and forwarded, 22 reversal, 23 not our claim, 25 predetermination.</summary>
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

    /// <summary>Whether the payer forwarded the claim to another payer (CLP02 19, 20, 21).</summary>
    public bool IsForwarded => Status is "19" or "20" or "21";

    /// <summary>NM1*QC NM103/NM104. Never logged (its ToString hides it) and never stored with the claim's JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public PatientName? Patient { get; init; }

    /// <summary>NM1*QC NM109: the patient's member id with the payer.</summary>
    public string? PatientMemberId { get; init; }

    /// <summary>NM1*TT: the payer the claim was forwarded to (name, and NM109 id when sent).</summary>
    public string? CrossoverCarrier { get; init; }

    public string? CrossoverCarrierId { get; init; }

    /// <summary>Claim-level remark codes (RARC) from MIA and MOA.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>The claim's service date: DTM*232 (statement period start), else the earliest service line date.</summary>
    public DateOnly? ServiceDate { get; init; }

    public IReadOnlyList<ServiceLinePayment> ServiceLines { get; init; } = [];

    /// <summary>The balancing check the claim failed (service line or claim), with its figures; null when it balances.</summary>
    public string? BalanceProblem { get; init; }

    /// <summary>Every remark code of the claim and its lines, claim level first, each once.</summary>
    public IEnumerable<string> AllRemarks => Remarks.Concat(ServiceLines.SelectMany(l => l.Remarks)).Distinct(StringComparer.Ordinal);
}
