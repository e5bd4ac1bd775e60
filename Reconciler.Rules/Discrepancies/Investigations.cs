using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Discrepancies;

/// <summary>An exception a reviewer marked Investigate stays open, and says so in its description.</summary>
public static class Investigations
{
    public static IReadOnlyList<CarryForward.Merged> Mark(IReadOnlyList<CarryForward.Merged> exceptions, IReadOnlyList<ReviewDecision> decisions)
    {
        var investigating = decisions.Where(d => d.Kind == ReviewAction.Investigate).GroupBy(d => d.ExceptionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return exceptions.Select(m => investigating.TryGetValue(m.Discrepancy.Id, out var d)
                ? m with { Discrepancy = m.Discrepancy with { Description = $"[investigating: {d.Note ?? "no note"} ({d.Reference})] {m.Discrepancy.Description}" } }
                : m)
            .ToList();
    }
}
