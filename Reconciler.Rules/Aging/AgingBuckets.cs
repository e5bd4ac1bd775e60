namespace Reconciler.Rules.Aging;

/// <summary>
/// Days-past-due buckets: "current" (not yet due), then one per configured upper edge, then an open-ended
/// last bucket. The default edges 30, 60, 90 give current, d1_30, d31_60, d61_90, d91_plus.
/// </summary>
public sealed class AgingBuckets
{
    private readonly int[] _edges;

    public AgingBuckets(IEnumerable<int> edges)
    {
        _edges = edges.ToArray();
        if (_edges.Length == 0 || _edges[0] < 1 || _edges.Zip(_edges.Skip(1)).Any(p => p.Second <= p.First))
            throw new ArgumentException("aging bucket edges must be increasing whole days, the first at least 1", nameof(edges));
        var names = new List<string> { "current" };
        var low = 1;
        foreach (var edge in _edges)
        {
            names.Add($"d{low}_{edge}");
            low = edge + 1;
        }
        names.Add($"d{low}_plus");
        Names = names;
    }

    public static AgingBuckets Default { get; } = new([30, 60, 90]);

    /// <summary>The column names, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The bucket index for an item due on <paramref name="dueDate"/>, seen on <paramref name="asOf"/>.</summary>
    public int IndexFor(DateOnly dueDate, DateOnly asOf)
    {
        var daysPastDue = asOf.DayNumber - dueDate.DayNumber;
        if (daysPastDue <= 0) return 0;
        for (var i = 0; i < _edges.Length; i++)
        {
            if (daysPastDue <= _edges[i]) return i + 1;
        }
        return _edges.Length + 1;
    }
}
