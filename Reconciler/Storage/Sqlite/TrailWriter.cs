using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Writes a run's decision trail: each distinct phrase of the details once (trail_phrases), and each step with the numbers
/// of its phrases. A big night's details are the same few sentences ("stripe_payout: no unsettled stripe_payout batch in
/// USD dated around ...; era_835: ...") on millions of steps; stored whole they were most of the database and of the
/// commit's time. A plain detail is split at "; "; a "no match" entry's phrases are its rules' "rule: reason" texts, which
/// <see cref="TrailEntry.Detail"/> joins with "; ". Either way the phrases joined back with "; " are exactly the detail.
/// </summary>
internal sealed class TrailWriter
{
    public const string Separator = "; ";

    /// <summary>Phrase lists kept for reuse: past this many, a list is written without being remembered (bounds the memory).</summary>
    private const int MaxSharedLists = 100_000;

    private readonly string _runId;
    private readonly BatchedInsert _phrases;
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numberOf;
    // The rejections' strings are shared between entries, so a (rule, reason) pair seen before is found by identity,
    // without writing out its text again.
    private readonly Dictionary<(string Rule, string Reason), int> _pairs = new(SameStrings.Instance);
    private readonly Dictionary<string, string> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _listOf;
    private char[] _text = new char[256];
    private char[] _list = new char[64];
    private int _listLength;

    private TrailWriter(string runId, BatchedInsert phrases)
    {
        _runId = runId;
        _phrases = phrases;
        _numberOf = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _listOf = _lists.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, string runId, IReadOnlyList<TrailEntry> trail)
    {
        using var phrases = new BatchedInsert(connection, transaction, "trail_phrases", ["run_id", "phrase_no", "phrase"]);
        using var steps = new BatchedInsert(connection, transaction, "decision_trail", ["run_id", "source_id", "step", "rule", "outcome", "phrases"]);
        var writer = new TrailWriter(runId, phrases);
        // In key order, so every row appends to the clustered table instead of landing on a random page.
        foreach (var t in KeyOrder.Sorted(trail, static (a, b) =>
                     string.CompareOrdinal(a.SourceId, b.SourceId) is var bySource and not 0 ? bySource : a.Step.CompareTo(b.Step)))
        {
            steps.Text(runId).Text(t.SourceId).Int(t.Step).Text(t.Rule).Text(t.Outcome).Text(writer.PhrasesOf(t)).EndRow();
        }
        phrases.Finish();
        steps.Finish();
    }

    /// <summary>The detail of a step: its phrases, by number, joined back.</summary>
    public static string Detail(string phraseNumbers, Func<long, string> phrase) =>
        string.Join(Separator, phraseNumbers.Split(' ').Select(n => phrase(long.Parse(n, CultureInfo.InvariantCulture))));

    /// <summary>The numbers of an entry's phrases ("3 7 12"), numbering (and writing) the phrases not seen before.</summary>
    private string PhrasesOf(TrailEntry entry)
    {
        _listLength = 0;
        if (entry.Rejections is { Count: > 0 } rejections)
        {
            foreach (var pair in rejections)
            {
                if (!_pairs.TryGetValue(pair, out var number))
                {
                    var length = pair.Rule.Length + 2 + pair.Reason.Length;
                    if (_text.Length < length) _text = new char[Math.Max(length, _text.Length * 2)];
                    pair.Rule.CopyTo(_text);
                    ": ".CopyTo(_text.AsSpan(pair.Rule.Length));
                    pair.Reason.CopyTo(_text.AsSpan(pair.Rule.Length + 2));
                    _pairs[pair] = number = Number(_text.AsSpan(0, length));
                }
                Append(number);
            }
        }
        else
        {
            var rest = entry.Detail.AsSpan();
            while (true)
            {
                var end = rest.IndexOf(Separator, StringComparison.Ordinal);
                Append(Number(end < 0 ? rest : rest[..end]));
                if (end < 0) break;
                rest = rest[(end + Separator.Length)..];
            }
        }
        var list = _list.AsSpan(0, _listLength);
        if (_listOf.TryGetValue(list, out var shared)) return shared;
        var text = list.ToString();
        if (_lists.Count < MaxSharedLists) _lists[text] = text;
        return text;
    }

    /// <summary>A phrase's number in this run; a phrase seen for the first time is numbered next and written.</summary>
    private int Number(ReadOnlySpan<char> phrase)
    {
        if (_numberOf.TryGetValue(phrase, out var number)) return number;
        number = _numbers.Count + 1;
        var text = phrase.ToString();
        _numbers[text] = number;
        _phrases.Text(_runId).Int(number).Text(text).EndRow();
        return number;
    }

    private void Append(int number)
    {
        // An int is at most 11 characters, plus the separating space.
        if (_list.Length < _listLength + 12) Array.Resize(ref _list, _list.Length * 2);
        if (_listLength > 0) _list[_listLength++] = ' ';
        number.TryFormat(_list.AsSpan(_listLength), out var written, provider: CultureInfo.InvariantCulture);
        _listLength += written;
    }

    /// <summary>Compares (rule, reason) pairs by the identity of their two strings.</summary>
    private sealed class SameStrings : IEqualityComparer<(string Rule, string Reason)>
    {
        public static readonly SameStrings Instance = new();

        public bool Equals((string Rule, string Reason) x, (string Rule, string Reason) y) =>
            ReferenceEquals(x.Rule, y.Rule) && ReferenceEquals(x.Reason, y.Reason);

        public int GetHashCode((string Rule, string Reason) pair) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(pair.Rule), RuntimeHelpers.GetHashCode(pair.Reason));
    }
}
