namespace Reconciler.Ingest.Text;

/// <summary>
/// Makes equal (key, value) texts one pair of strings, in one lookup by key: a customer's id and name come together on
/// every one of its rows, and with a hundred thousand customers each lookup in a table that size is a cache miss, so one
/// lookup for both costs half of two. A key seen with another value (a renamed customer) keeps its first value's strings
/// for the first value and shares the other through a plain table. Bounded as <see cref="SharedTexts"/> is.
/// </summary>
internal sealed class SharedPairs(int capacity = 1 << 20)
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly SharedTexts _others = new(capacity);
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? _byKey;

    public (string Key, string Value) Share(ReadOnlySpan<char> key, ReadOnlySpan<char> value)
    {
        _byKey ??= _values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_byKey.Value.TryGetValue(key, out var knownKey, out var knownValue))
            return (knownKey, value.SequenceEqual(knownValue) ? knownValue : _others.Share(value));
        var (madeKey, madeValue) = (key.ToString(), _others.Share(value));
        if (_values.Count < capacity) _values.Add(madeKey, madeValue);
        return (madeKey, madeValue);
    }
}
