using System.Collections;

namespace Reconciler.Rules.Matching;

/// <summary>
/// A night's decision trail, kept compactly until the commit writes it: a big night has two to three million steps,
/// and as one object each (plus the list that held them) they were about 200 MB of the night's peak. A step here is a
/// 24-byte row in a chunk (its source id, a rule and an outcome numbered from a short table, its step number, and its
/// detail or its shared list of rejections); an entry is made only when one is read.
/// </summary>
public sealed class TrailLog : IReadOnlyList<TrailEntry>
{
    // Chunks, not one growing array: no copy of the whole trail each time it doubles, and no array big enough for the
    // large-object heap.
    private const int ChunkSize = 1 << 14;

    private readonly List<Row[]> _chunks = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, ushort> _nameIds = new(StringComparer.Ordinal);

    public static TrailLog From(IEnumerable<TrailEntry> entries)
    {
        var log = new TrailLog();
        foreach (var e in entries) log.Add(e.SourceId, e.Step, e.Rule, e.Outcome, (object?)e.Rejections ?? e.Detail);
        return log;
    }

    public int Count { get; private set; }

    public TrailEntry this[int index]
    {
        get
        {
            ref readonly var row = ref At(index);
            return row.Payload is (string Rule, string Reason)[] rejections
                ? new TrailEntry(row.SourceId, row.Step, _names[row.Rule], _names[row.Outcome], rejections)
                : new TrailEntry(row.SourceId, row.Step, _names[row.Rule], _names[row.Outcome], (string)row.Payload);
        }
    }

    public string SourceIdAt(int index) => At(index).SourceId;

    public int StepAt(int index) => At(index).Step;

    public string RuleAt(int index) => _names[At(index).Rule];

    public string OutcomeAt(int index) => _names[At(index).Outcome];

    /// <summary>The step's plain detail, or null when it is a list of rejections (<see cref="RejectionsAt"/>).</summary>
    public string? DetailAt(int index) => At(index).Payload as string;

    /// <summary>The step's rejections, the same list object on every step that shares it; null for a plain detail.</summary>
    public IReadOnlyList<(string Rule, string Reason)>? RejectionsAt(int index) => At(index).Payload as (string Rule, string Reason)[];

    /// <summary>Adds a step; <paramref name="payload"/> is its detail text or its (rule, reason) array.</summary>
    internal void Add(string sourceId, int step, string rule, string outcome, object payload)
    {
        if (Count % ChunkSize == 0) _chunks.Add(new Row[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = new Row(sourceId, payload, step, Name(rule), Name(outcome));
        Count++;
    }

    public IEnumerator<TrailEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ref readonly Row At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return ref _chunks[index / ChunkSize][index % ChunkSize];
    }

    private ushort Name(string name)
    {
        if (_nameIds.TryGetValue(name, out var id)) return id;
        if (_names.Count == ushort.MaxValue) throw new InvalidOperationException("a trail has more rule and outcome names than it can number");
        _names.Add(name);
        return _nameIds[name] = (ushort)(_names.Count - 1);
    }

    private readonly record struct Row(string SourceId, object Payload, int Step, ushort Rule, ushort Outcome);
}
