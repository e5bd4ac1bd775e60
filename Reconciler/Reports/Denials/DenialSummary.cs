namespace Reconciler.Reports.Denials;

/// <summary>
/// The summary block of the worklist: how many claims are denied and for how much (their charges), in all and by
/// category; then by status (open, appealed, won, lost, written_off), the money won appeals recovered and the claim
/// balances written off.
/// </summary>
public sealed record DenialSummary(int Count, decimal Amount, IReadOnlyList<(string Category, int Count, decimal Amount)> ByCategory)
{
    public static readonly IReadOnlyList<string> Statuses = ["open", "appealed", "won", "lost", "written_off"];

    public IReadOnlyList<(string Status, int Count, decimal Amount)> ByStatus { get; init; } = [];

    public decimal Recovered { get; init; }

    /// <summary>What the written-off denials wrote off (their claims' balances, which may be less than their charges).</summary>
    public decimal WrittenOff { get; init; }

    public static DenialSummary Of(IReadOnlyList<DenialRow> rows) => new(
        rows.Count,
        rows.Sum(r => r.Charge ?? 0m),
        rows.GroupBy(r => r.Category).OrderBy(g => DenialCategory.All.ToList().IndexOf(g.Key))
            .Select(g => (g.Key, g.Count(), g.Sum(r => r.Charge ?? 0m))).ToList())
    {
        ByStatus = Statuses.Select(s => (s, rows.Count(r => r.Status == s), rows.Where(r => r.Status == s).Sum(r => r.Charge ?? 0m))).ToList(),
        Recovered = rows.Sum(r => r.Recovered),
        WrittenOff = rows.Sum(r => r.WrittenOff),
    };
}
