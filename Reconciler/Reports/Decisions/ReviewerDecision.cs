namespace Reconciler.Reports.Decisions;

/// <summary>
/// A reviewer's decision on one exception, read from a returned exceptions.xlsx. <paramref name="Action"/> is
/// normalised: apply, write_off, refund, appeal, ignore, investigate. <paramref name="Row"/> is the sheet's row number.
/// </summary>
public sealed record ReviewerDecision(string ExceptionId, string Action, IReadOnlyList<string> ApplyTo, string? Note, string Sheet, int Row);
