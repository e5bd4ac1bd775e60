namespace Reconciler.Reports.Payers;

/// <summary>One payer's line of the scorecard (payers.csv). Days run from the claim's issue (service) date to the night that posted its payment.</summary>
public sealed record PayerScore(
    string PayerId, string PayerName, int ClaimsPaid, int ClaimsDenied, decimal DenialRate, decimal Billed, decimal Paid, decimal Adjusted,
    decimal? AverageDaysToPay, int? Percentile90DaysToPay, string Currency);
