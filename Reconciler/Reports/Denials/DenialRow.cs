namespace Reconciler.Reports.Denials;

/// <summary>One row of denials.csv: a denied claim and its appeal deadline.</summary>
public sealed record DenialRow(
    string ClaimNumber, string? PayerId, DateOnly? ServiceDate, decimal? Charge, DateOnly DeniedOn, IReadOnlyList<string> Carc,
    IReadOnlyList<string> Rarc, string Status, DateOnly AppealBy, int DaysLeft, string ExceptionId, string Category, bool Correctable,
    string CarcDescription, string RarcDescription, string Currency)
{
    /// <summary>What a won appeal brought in (0 for the others).</summary>
    public decimal Recovered { get; init; }

    /// <summary>The claim balance a written-off denial wrote off (0 for the others).</summary>
    public decimal WrittenOff { get; init; }
}
