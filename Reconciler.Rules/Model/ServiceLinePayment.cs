namespace Reconciler.Rules.Model;

/// <summary>
/// One service line of an 835 claim (loop 2110): SVC01 procedure (qualifier, code, up to four modifiers),
/// SVC02 charge, SVC03 paid, DTM*472 (or 150) service date, its CAS adjustments and LQ*HE remarks (RARC).
/// </summary>
public sealed record ServiceLinePayment
{
    /// <summary>SVC01-1: HC (HCPCS/CPT), NU (revenue code), AD, ER ...</summary>
    public required string Qualifier { get; init; }

    /// <summary>SVC01-2: the procedure code.</summary>
    public required string ProcedureCode { get; init; }

    /// <summary>SVC01-3 to SVC01-6.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public DateOnly? ServiceDate { get; init; }

    public required decimal Charge { get; init; }

    public required decimal Paid { get; init; }

    public IReadOnlyList<ClaimAdjustment> Adjustments { get; init; } = [];

    /// <summary>RARC codes from LQ*HE.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];
}
