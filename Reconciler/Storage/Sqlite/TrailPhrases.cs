using System.Globalization;
using Reconciler.Rules.Matching;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// What each step of a trail stores, in the order they are written: the numbers of its phrases ("3 7 12"), or no numbers
/// ("") and its whole detail, for a plain detail written for the first time (V007). The "no match" steps' phrases are
/// numbered by the trail; a plain detail met again becomes a phrase too, numbered after them (or the trail's own number,
/// when a phrase has its text). Millions of steps share a few lists: a list shared by the trail's steps, and the text of
/// a list, are made once.
/// </summary>
internal sealed class TrailPhrases(TrailLog trail)
{
    /// <summary>Lists remembered for reuse: past this many, a list is given without being remembered (bounds the memory).</summary>
    private const int MaxRemembered = 100_000;

    /// <summary>
    /// Plain details remembered (to find their second time): past this many, a new one is always kept on its step. Most plain
    /// details are one payment's own words (a big night's are 96 % unique), and the ones that recur are common enough to be
    /// met early; remembering two million of them was about 60 MB of the commit's peak for almost nothing saved.
    /// </summary>
    private const int MaxPlain = 100_000;

    // A plain detail seen once (0), or its phrase number once seen again.
    private readonly Dictionary<string, int> _plain = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string> _sharedLists = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _lists = new(StringComparer.Ordinal);
    private int _lastNumber = trail.Phrases.Count;
    private char[] _list = new char[64];
    private int _listLength;

    /// <summary>
    /// What step <paramref name="at"/> of the trail stores; <paramref name="newPhrase"/> is the phrase it numbered for the
    /// first time (a plain detail met again), to be stored with the others.
    /// </summary>
    public (string Numbers, string? Detail) Of(int at, out (int Number, string Text)? newPhrase)
    {
        newPhrase = null;
        _listLength = 0;
        if (trail.PhraseNumbersAt(at) is { } numbers)
        {
            if (_sharedLists.TryGetValue(numbers, out var known)) return (known, null);
            foreach (var number in numbers) Append(number);
            var list = ListText();
            if (_sharedLists.Count < MaxRemembered) _sharedLists[numbers] = list;
            return (list, null);
        }
        var detail = trail.DetailAt(at)!;
        if (!_plain.TryGetValue(detail, out var phrase))
        {
            if (_plain.Count < MaxPlain) _plain[detail] = 0;
            return ("", detail);
        }
        if (phrase == 0)
        {
            phrase = trail.PhraseNumber(detail);
            if (phrase == 0)
            {
                phrase = ++_lastNumber;
                newPhrase = (phrase, detail);
            }
            _plain[detail] = phrase;
        }
        Append(phrase);
        return (ListText(), null);
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
        if (_lists.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(list, out var shared)) return shared;
        var text = list.ToString();
        if (_lists.Count < MaxRemembered) _lists[text] = text;
        return text;
    }
}
