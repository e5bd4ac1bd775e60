namespace Reconciler.Reports.Denials;

/// <summary>The summary block of the worklist: how many claims are denied and for how much (their charges), in all and by category.</summary>
public sealed record DenialSummary(int Count, decimal Amount, IReadOnlyList<(string Category, int Count, decimal Amount)> ByCategory)
{
    public static DenialSummary Of(IReadOnlyList<DenialRow> rows) => new(
        rows.Count,
        rows.Sum(r => r.Charge ?? 0m),
        rows.GroupBy(r => r.Category).OrderBy(g => DenialCategory.All.ToList().IndexOf(g.Key))
            .Select(g => (g.Key, g.Count(), g.Sum(r => r.Charge ?? 0m))).ToList());
}
