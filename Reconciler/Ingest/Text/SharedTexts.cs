namespace Reconciler.Ingest.Text;

/// <summary>
/// Makes equal texts one string: a million open items name about a hundred thousand customers in one currency, and
/// the night holds every item from load to commit. Bounded, so a file of ever-new values cannot grow it without end;
/// past the bound a text is simply kept as it is.
/// </summary>
internal sealed class SharedTexts(int capacity = 1 << 20)
{
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _bySpan;

    /// <summary>The shared string equal to <paramref name="text"/>; a new string only the first time it is seen.</summary>
    public string Share(ReadOnlySpan<char> text)
    {
        _bySpan ??= _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_bySpan.Value.TryGetValue(text, out var shared)) return shared;
        var made = text.ToString();
        if (_texts.Count < capacity) _texts.Add(made);
        return made;
    }

    public string Share(string text)
    {
        if (_texts.TryGetValue(text, out var shared)) return shared;
        if (_texts.Count < capacity) _texts.Add(text);
        return text;
    }
}
