namespace Reconciler.Rules.Matching;

/// <summary>
/// The night's trail as the phases write it: each payment's steps, numbered from 1, in the order they were taken; held in
/// <see cref="Entries"/>, or handed to <paramref name="sink"/> as they are taken when there is one.
/// </summary>
internal sealed class DecisionTrail(int payments = 0, ITrailSink? sink = null)
{
    private readonly Dictionary<string, int> _steps = new(payments, StringComparer.Ordinal);

    // Most payments are turned down for the same few reasons, each a text made anew per payment ("0 open invoices
    // referenced"). The trail keeps each reason, and each whole list of rejections, once: at 100k payments the lists
    // held about 470,000 reasons of which 50,000 differ, and the 94,000 settlement lists were 22 different ones.
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);
    private readonly HashSet<(string Rule, string Reason)[]> _lists = new(SameRejections.Instance);

    public List<TrailEntry> Entries { get; } = new(sink is null ? payments * 2 : 0);

    /// <summary>A rule's verdict on a payment, and why.</summary>
    public void Note(string sourceId, string rule, string outcome, string detail) =>
        Add(new TrailEntry(sourceId, NextStep(sourceId), rule, outcome, detail));

    private void Add(TrailEntry step)
    {
        if (sink is null) Entries.Add(step);
        else sink.Add(step);
    }

    /// <summary>
    /// The rules that found no match for one payment, written as one step ("<paramref name="rules"/> → no match" with
    /// each rule's reason) instead of one step per rule: about ten per payment otherwise. A single rejection keeps its own step.
    /// </summary>
    public void Rejected(string sourceId, string rules, IReadOnlyList<(string Rule, string Reason)>? rejected)
    {
        if (rejected is null || rejected.Count == 0) return;
        if (rejected.Count == 1) Note(sourceId, rejected[0].Rule, "no match", sink is null ? Kept(rejected[0].Reason) : rejected[0].Reason);
        else Add(new TrailEntry(sourceId, NextStep(sourceId), rules, "no match", Kept(rejected)));
    }

    private IReadOnlyList<(string Rule, string Reason)> Kept(IReadOnlyList<(string Rule, string Reason)> rejected)
    {
        // A sink has taken the step when it returns: the caller's list serves as it is, and nothing is kept to share.
        if (sink is not null) return rejected;
        var list = new (string Rule, string Reason)[rejected.Count];
        for (var i = 0; i < list.Length; i++) list[i] = (rejected[i].Rule, Kept(rejected[i].Reason));
        if (_lists.TryGetValue(list, out var same)) return same;
        _lists.Add(list);
        return list;
    }

    private string Kept(string reason)
    {
        if (_reasons.TryGetValue(reason, out var same)) return same;
        _reasons.Add(reason, reason);
        return reason;
    }

    private int NextStep(string sourceId)
    {
        // One lookup per step (two steps or so for each payment of the night).
        ref var steps = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_steps, sourceId, out _);
        return ++steps;
    }

    /// <summary>Lists of rejections compare by their rules and reasons.</summary>
    private sealed class SameRejections : IEqualityComparer<(string Rule, string Reason)[]>
    {
        public static readonly SameRejections Instance = new();

        public bool Equals((string Rule, string Reason)[]? x, (string Rule, string Reason)[]? y)
        {
            if (x is null || y is null || x.Length != y.Length) return ReferenceEquals(x, y);
            for (var i = 0; i < x.Length; i++)
                if (x[i] != y[i]) return false;
            return true;
        }

        public int GetHashCode((string Rule, string Reason)[] list)
        {
            var hash = new HashCode();
            foreach (var (rule, reason) in list)
            {
                hash.Add(rule);
                hash.Add(reason);
            }
            return hash.ToHashCode();
        }
    }
}
