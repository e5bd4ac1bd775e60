namespace Reconciler.Ingest.Mt940;

/// <summary>One tag of a SWIFT message (":61:", ":86:" ...) with its value lines, as written, and where it starts.</summary>
internal sealed class SwiftField(string tag, int line)
{
    private readonly List<string> _lines = [];

    /// <summary>The tag without colons: "20", "28C", "61", "NS".</summary>
    public string Tag { get; } = tag;

    /// <summary>The 1-based line the tag sits on.</summary>
    public int Line { get; } = line;

    public IReadOnlyList<string> Lines => _lines;

    public void Add(string text) => _lines.Add(text);

    /// <summary>The first line (the tag's own line).</summary>
    public string First => _lines.Count > 0 ? _lines[0] : "";

    /// <summary>All lines joined WITHOUT separators: banks wrap at 65 characters in the middle of words and codes.</summary>
    public string Joined => _lines.Count == 1 ? _lines[0] : string.Concat(_lines);

    /// <summary>All lines joined with spaces, for people.</summary>
    public string ForPeople => string.Join(' ', _lines.Select(l => l.Trim()).Where(l => l.Length > 0));
}
