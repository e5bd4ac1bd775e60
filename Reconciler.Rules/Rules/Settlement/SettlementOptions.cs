namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// One settlement rule's settings. <paramref name="Keywords"/> are words the bank text must contain when
/// the batch's own id or trace is not found in it; <paramref name="DaysBefore"/>/<paramref name="DaysAfter"/>
/// bound the bank date around the batch date; <paramref name="Tolerance"/> is the largest amount difference
/// accepted without an id in the text.
/// </summary>
public sealed record SettlementOptions(
    IReadOnlyList<string> Keywords, int DaysBefore = 2, int DaysAfter = 5, decimal Tolerance = 0m, bool RequireKeyword = true);
