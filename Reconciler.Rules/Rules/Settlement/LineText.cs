using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Settlement;

/// <summary>
/// What the settlement rules read of a bank line: its text upper-cased, and the reference keys in it. Worked out
/// once per line for all the settlement rules (they look at one line after another, each rule in turn, on the
/// same thread); the set of keys only when a rule needs more than the quick look-up by key.
/// </summary>
internal sealed class LineText
{
    [ThreadStatic] private static LineText? _last;

    private readonly CashCandidate _line;
    private HashSet<string>? _keys;
    private string? _upper;

    private LineText(CashCandidate line) => _line = line;

    public static LineText Of(CashCandidate line)
    {
        if (_last is { } last && ReferenceEquals(last._line, line)) return last;
        return _last = new LineText(line);
    }

    public string Upper => _upper ??= string.Join(' ', _line.Texts).ToUpperInvariant();

    /// <summary>Every candidate reference key of the line's texts.</summary>
    public HashSet<string> Keys => _keys ??= new HashSet<string>(_line.Texts.SelectMany(ReferenceKey.CandidateKeys), StringComparer.Ordinal);

    /// <summary>Whether a key of the line names an entry of <paramref name="index"/> one of whose values <paramref name="fits"/>; no string per key.</summary>
    public bool NamesAny<T>(Dictionary<string, List<T>> index, Func<T, bool> fits)
    {
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in _line.Texts)
        {
            if (ReferenceKey.AnyKey(text, key => lookup.TryGetValue(key, out var named) && named.Any(fits))) return true;
        }
        return false;
    }
}
