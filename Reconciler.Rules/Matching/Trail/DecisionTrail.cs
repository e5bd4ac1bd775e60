namespace Reconciler.Rules.Matching;

/// <summary>The night's trail as the phases write it: each payment's steps, numbered from 1, in the order they were taken.</summary>
internal sealed class DecisionTrail(int payments = 0)
{
    private readonly Dictionary<string, int> _steps = new(payments, StringComparer.Ordinal);

    public List<TrailEntry> Entries { get; } = [];

    /// <summary>A rule's verdict on a payment, and why.</summary>
    public void Note(string sourceId, string rule, string outcome, string detail) =>
        Entries.Add(new TrailEntry(sourceId, NextStep(sourceId), rule, outcome, detail));

    /// <summary>
    /// The rules that found no match for one payment, written as one step ("<paramref name="rules"/> → no match" with
    /// each rule's reason) instead of one step per rule: about ten per payment otherwise. A single rejection keeps its own step.
    /// </summary>
    public void Rejected(string sourceId, string rules, IReadOnlyList<(string Rule, string Reason)>? rejected)
    {
        if (rejected is null || rejected.Count == 0) return;
        if (rejected.Count == 1) Note(sourceId, rejected[0].Rule, "no match", rejected[0].Reason);
        else Entries.Add(new TrailEntry(sourceId, NextStep(sourceId), rules, "no match", rejected));
    }

    private int NextStep(string sourceId) => _steps[sourceId] = _steps.GetValueOrDefault(sourceId) + 1;
}
