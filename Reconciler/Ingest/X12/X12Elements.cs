namespace Reconciler.Ingest.X12;

/// <summary>
/// Makes the strings of a segment's elements. Short elements (codes such as "CO", "45", "1", "BL") repeat on nearly
/// every claim: each is made once per file and shared.
/// </summary>
internal sealed class X12Elements
{
    private const int MaxSharedLength = 3;

    // Bounds the shared codes, so a file of ever-new short values cannot grow the table without end.
    private const int MaxShared = 4096;

    private readonly HashSet<string> shared = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public X12Elements() => lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The element as a string: a short one is made once per file and shared, a longer one is new.</summary>
    public string Share(ReadOnlySpan<char> element)
    {
        if (element.Length == 0) return "";
        if (element.Length > MaxSharedLength) return element.ToString();
        if (lookup.TryGetValue(element, out var known)) return known;
        var made = element.ToString();
        if (shared.Count < MaxShared) shared.Add(made);
        return made;
    }
}
