using System.Globalization;
using System.Runtime.CompilerServices;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Numbers a run's trail phrases (1, 2, ... in the order first met) and gives each step the list of its phrases' numbers
/// ("3 7 12"), or keeps a plain detail on its step the first time it is written. Millions of steps share a few phrases
/// and a few lists, so what was seen before costs no new string: the "no match" entries' (rule, reason) pairs are found
/// by the identity of their shared strings, a shared list of rejections by the identity of the list, and a phrase or a
/// list of numbers by its characters (looked up as a span).
/// </summary>
internal sealed class TrailPhrases
{
    /// <summary>Lists remembered for reuse: past this many, a list is given without being remembered (bounds the memory).</summary>
    private const int MaxRemembered = 100_000;

    /// <summary>Plain details remembered (to find their second time): past this many, a new one is always kept on its step.</summary>
    private const int MaxPlain = 2_000_000;

    private readonly List<string> _phrases = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numberOf;
    private readonly Dictionary<(string Rule, string Reason), int> _pairs = new(SameStrings.Instance);
    private readonly Dictionary<object, string> _rejectionLists = new(ReferenceEqualityComparer.Instance);
    // A plain detail seen once (0), or its phrase number once seen again.
    private readonly Dictionary<string, int> _plain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _listOf;
    private char[] _text = new char[256];
    private char[] _list = new char[64];
    private int _listLength;

    public TrailPhrases()
    {
        _numberOf = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _listOf = _lists.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The phrases numbered so far; phrase n is at n - 1.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>
    /// What a step stores: the numbers of its phrases, or no numbers ("") and its whole detail, for a plain detail the run
    /// writes for the first time (V007). From its second time on, a plain detail is one phrase, numbered. A step has a
    /// <paramref name="plain"/> detail or a list of <paramref name="rejections"/> (<see cref="TrailLog"/>).
    /// </summary>
    public (string Numbers, string? Detail) Of(string? plain, IReadOnlyList<(string Rule, string Reason)>? rejections)
    {
        _listLength = 0;
        if (rejections is not { Count: > 0 })
        {
            var detail = plain ?? string.Join(TrailWriter.Separator, (rejections ?? []).Select(r => $"{r.Rule}: {r.Reason}"));
            if (!_plain.TryGetValue(detail, out var number))
            {
                if (_plain.Count < MaxPlain) _plain[detail] = 0;
                return ("", detail);
            }
            if (number == 0) _plain[detail] = number = Number(detail);
            Append(number);
            return (ListText(), null);
        }
        // The settlement rules' lists of rejections are shared between the many lines they turned down for the same reasons.
        if (_rejectionLists.TryGetValue(rejections, out var known)) return (known, null);
        foreach (var pair in rejections) Append(Number(pair));
        var list = ListText();
        if (_rejectionLists.Count < MaxRemembered) _rejectionLists[rejections] = list;
        return (list, null);
    }

    private int Number((string Rule, string Reason) pair)
    {
        if (_pairs.TryGetValue(pair, out var number)) return number;
        // "rule: reason", as TrailEntry.Detail writes it.
        var length = pair.Rule.Length + 2 + pair.Reason.Length;
        if (_text.Length < length) _text = new char[Math.Max(length, _text.Length * 2)];
        pair.Rule.CopyTo(_text);
        ": ".CopyTo(_text.AsSpan(pair.Rule.Length));
        pair.Reason.CopyTo(_text.AsSpan(pair.Rule.Length + 2));
        return _pairs[pair] = Number(_text.AsSpan(0, length));
    }

    private int Number(ReadOnlySpan<char> phrase) => _numberOf.TryGetValue(phrase, out var number) ? number : Add(phrase.ToString());

    private int Number(string phrase) => _numbers.TryGetValue(phrase, out var number) ? number : Add(phrase);

    private int Add(string phrase)
    {
        _phrases.Add(phrase);
        return _numbers[phrase] = _phrases.Count;
    }

    private void Append(int number)
    {
        // An int is at most 11 characters, plus the separating space.
        if (_list.Length < _listLength + 12) Array.Resize(ref _list, _list.Length * 2);
        if (_listLength > 0) _list[_listLength++] = ' ';
        number.TryFormat(_list.AsSpan(_listLength), out var written, provider: CultureInfo.InvariantCulture);
        _listLength += written;
    }

    private string ListText()
    {
        var list = _list.AsSpan(0, _listLength);
        if (_listOf.TryGetValue(list, out var shared)) return shared;
        var text = list.ToString();
        if (_lists.Count < MaxRemembered) _lists[text] = text;
        return text;
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
