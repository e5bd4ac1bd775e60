namespace Reconciler.Ingest.Mt940;

/// <summary>One tag of a SWIFT message (":61:", ":86:" ...) with its value lines, as written, and where it starts.</summary>
internal sealed class SwiftField(string tag, int line)
{
    // Most fields have one or two lines (a :61: and its :86: nearly always): the first is kept apart and a list is made
    // only for the lines after it, instead of a list per field.
    private string? _first;
    private List<string>? _more;

    /// <summary>The tag without colons: "20", "28C", "61", "NS".</summary>
    public string Tag { get; } = tag;

    /// <summary>The 1-based line the tag sits on.</summary>
    public int Line { get; } = line;

    /// <summary>How many value lines the field has.</summary>
    public int TextCount => _first is null ? 0 : 1 + (_more?.Count ?? 0);

    /// <summary>The value line at <paramref name="index"/> (0 is the tag's own line).</summary>
    public string Text(int index) => index == 0 ? _first ?? throw new ArgumentOutOfRangeException(nameof(index)) : _more![index - 1];

    public void Add(string text)
    {
        if (_first is null) _first = text;
        else (_more ??= []).Add(text);
    }

    /// <summary>The first line (the tag's own line).</summary>
    public string First => _first ?? "";

    /// <summary>All lines joined WITHOUT separators: banks wrap at 65 characters in the middle of words and codes.</summary>
    public string Joined => _more switch
    {
        null => First,
        [var second] => string.Concat(_first, second),
        [var second, var third] => string.Concat(_first, second, third),
        _ => string.Concat(_more.Prepend(_first)),
    };

    /// <summary>All lines joined with spaces, for people.</summary>
    public string ForPeople => JoinForPeople(0);

    /// <summary>The lines from <paramref name="from"/> on, each trimmed, blank ones left out, joined with spaces.</summary>
    public string JoinForPeople(int from) =>
        string.Join(' ', Enumerable.Range(from, Math.Max(0, TextCount - from)).Select(k => Text(k).Trim()).Where(l => l.Length > 0));
}
