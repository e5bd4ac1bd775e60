namespace Reconciler.Ingest.X12;

/// <summary>
/// Cuts a segment's text into its elements as <c>string.Split</c> would, straight from the read buffer. Short elements
/// (codes such as "CO", "45", "1", "BL") repeat on nearly every claim: each is made once per file and shared.
/// </summary>
internal sealed class X12Elements
{
    private const int MaxSharedLength = 3;

    // Bounds the shared codes, so a file of ever-new short values cannot grow the table without end.
    private const int MaxShared = 4096;

    private readonly HashSet<string> shared = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public X12Elements() => lookup = shared.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The elements of <paramref name="content"/>; element 0 is <paramref name="id"/> (the same text, shared).</summary>
    public string[] Cut(ReadOnlySpan<char> content, string id, char separator)
    {
        var result = new string[content.Count(separator) + 1];
        var start = 0;
        for (var k = 0; k < result.Length; k++)
        {
            var end = content[start..].IndexOf(separator);
            var element = end < 0 ? content[start..] : content.Slice(start, end);
            result[k] = k == 0 ? id : Share(element);
            start += element.Length + 1;
        }
        return result;
    }

    private string Share(ReadOnlySpan<char> element)
    {
        if (element.Length == 0) return "";
        if (element.Length > MaxSharedLength) return element.ToString();
        if (lookup.TryGetValue(element, out var known)) return known;
        var made = element.ToString();
        if (shared.Count < MaxShared) shared.Add(made);
        return made;
    }
}
