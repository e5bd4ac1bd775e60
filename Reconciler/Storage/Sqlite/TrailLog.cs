using System.Collections;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// A night's decision trail as the SQLite store writes it (V007): a big night has two to three million steps. A step is
/// a 24-byte row in a chunk: its source id, a rule and an outcome numbered from a short table, its step number, and its
/// detail (the entry's own string, not a copy). A "no match" step of several rules keeps the numbers of its phrases
/// ("rule: reason"), numbered from 1 as first met: the store writes each phrase once and each step as its numbers.
/// The matching gives a plain list of <see cref="TrailEntry"/>; this is made from it at the storage boundary.
/// </summary>
public sealed class TrailLog : IReadOnlyList<TrailEntry>
{
    // Chunks, not one growing array: no copy of the whole trail each time it doubles, and no array big enough for the
    // large-object heap.
    private const int ChunkSize = 1 << 14;

    private readonly List<Row[]> _chunks = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<string, ushort> _nameIds = new(StringComparer.Ordinal);
    private readonly List<string> _phrases = [];
    private readonly Dictionary<string, int> _phraseNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _phraseOf;
    private char[] _text = new char[256];

    public TrailLog() => _phraseOf = _phraseNumbers.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TrailLog From(IEnumerable<TrailEntry> entries)
    {
        var log = new TrailLog();
        foreach (var e in entries)
        {
            if (e.Rejections is { } rejections) log.Add(e.SourceId, e.Step, e.Rule, e.Outcome, log.Number(rejections));
            else log.Add(e.SourceId, e.Step, e.Rule, e.Outcome, e.Detail);
        }
        return log;
    }

    public int Count { get; private set; }

    public TrailEntry this[int index]
    {
        get
        {
            ref readonly var row = ref At(index);
            return row.Payload is int[] numbers
                ? new TrailEntry(row.SourceId, row.Step, _names[row.Rule], _names[row.Outcome], numbers.Select(Rejection).ToArray())
                : new TrailEntry(row.SourceId, row.Step, _names[row.Rule], _names[row.Outcome], (string)row.Payload);
        }
    }

    public string SourceIdAt(int index) => At(index).SourceId;

    public int StepAt(int index) => At(index).Step;

    public string RuleAt(int index) => _names[At(index).Rule];

    public string OutcomeAt(int index) => _names[At(index).Outcome];

    /// <summary>The step's plain detail, or null when it is a list of phrases (<see cref="PhraseNumbersAt"/>).</summary>
    public string? DetailAt(int index) => At(index).Payload as string;

    /// <summary>
    /// The numbers of the step's phrases (see <see cref="Phrases"/>), in order; null for a plain detail. Steps that share a
    /// list share the same list object.
    /// </summary>
    public IReadOnlyList<int>? PhraseNumbersAt(int index) => At(index).Payload as int[];

    /// <summary>The phrases of the "no match" steps; phrase n is at n - 1.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>The number of the phrase with this text, or 0 when no step has it.</summary>
    public int PhraseNumber(ReadOnlySpan<char> text) => _phraseOf.TryGetValue(text, out var number) ? number : 0;

    /// <summary>Adds a step with a plain detail.</summary>
    internal void Add(string sourceId, int step, string rule, string outcome, string detail) =>
        Add(new Row(sourceId, detail, step, Name(rule), Name(outcome)));

    /// <summary>Adds a "no match" step given as its phrase numbers (<see cref="Number"/>).</summary>
    internal void Add(string sourceId, int step, string rule, string outcome, int[] phraseNumbers) =>
        Add(new Row(sourceId, phraseNumbers, step, Name(rule), Name(outcome)));

    /// <summary>The numbers of the phrases "rule: reason" of these rejections, numbering the ones not met before.</summary>
    internal int[] Number(IReadOnlyList<(string Rule, string Reason)> rejections)
    {
        var numbers = new int[rejections.Count];
        for (var i = 0; i < numbers.Length; i++) numbers[i] = Number(rejections[i].Rule, rejections[i].Reason);
        return numbers;
    }

    public IEnumerator<TrailEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int Number(string rule, string reason)
    {
        // "rule: reason", as TrailEntry.Detail writes it, looked up without making the string unless it is new.
        var length = rule.Length + 2 + reason.Length;
        if (_text.Length < length) _text = new char[Math.Max(length, _text.Length * 2)];
        rule.CopyTo(_text);
        ": ".CopyTo(_text.AsSpan(rule.Length));
        reason.CopyTo(_text.AsSpan(rule.Length + 2));
        var phrase = _text.AsSpan(0, length);
        if (_phraseOf.TryGetValue(phrase, out var number)) return number;
        var text = phrase.ToString();
        _phrases.Add(text);
        return _phraseNumbers[text] = _phrases.Count;
    }

    /// <summary>Phrase <paramref name="number"/> as the (rule, reason) it was made from (a rule name has no ": ").</summary>
    private (string Rule, string Reason) Rejection(int number)
    {
        var phrase = _phrases[number - 1];
        var colon = phrase.IndexOf(": ", StringComparison.Ordinal);
        return (phrase[..colon], phrase[(colon + 2)..]);
    }

    private void Add(Row row)
    {
        if (Count % ChunkSize == 0) _chunks.Add(new Row[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = row;
        Count++;
    }

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

    // Payload: the detail (string), or the phrase numbers (int[]).
    private readonly record struct Row(string SourceId, object Payload, int Step, ushort Rule, ushort Outcome);
}
