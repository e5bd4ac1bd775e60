using System.Text;

namespace Reconciler.Ingest.Mt940;

/// <summary>One tag of a SWIFT message (":61:", ":86:" ...) with its value lines, as written, and where it starts.</summary>
internal sealed class SwiftField(string tag, int line)
{
    // The value lines are kept as one string, joined without separators (what the :86: readers look into), with where
    // each line ends in it: one string per field instead of one per line plus the joined copy.
    private string _joined = "";
    private int[]? _ends;
    private string? _first;

    /// <summary>The tag without colons: "20", "28C", "61", "NS".</summary>
    public string Tag { get; } = tag;

    /// <summary>The 1-based line the tag sits on.</summary>
    public int Line { get; } = line;

    /// <summary>How many value lines the field has (at least one: the tag's own line).</summary>
    public int TextCount => (_ends?.Length ?? 0) + 1;

    /// <summary>Sets the value lines: <paramref name="joined"/> holds them all; <paramref name="ends"/> where each but the last ends.</summary>
    public void Seal(string joined, int[]? ends)
    {
        _joined = joined;
        _ends = ends;
    }

    /// <summary>The value line at <paramref name="index"/> (0 is the tag's own line).</summary>
    public ReadOnlySpan<char> Text(int index)
    {
        var start = index == 0 ? 0 : _ends![index - 1];
        var end = _ends is null || index == _ends.Length ? _joined.Length : _ends[index];
        return _joined.AsSpan(start, end - start);
    }

    /// <summary>The first line (the tag's own line).</summary>
    public string First => _ends is null ? _joined : _first ??= _joined[.._ends[0]];

    /// <summary>All lines joined WITHOUT separators: banks wrap at 65 characters in the middle of words and codes.</summary>
    public string Joined => _joined;

    /// <summary>All lines joined with spaces, for people.</summary>
    public string ForPeople => JoinForPeople(0);

    /// <summary>The lines from <paramref name="from"/> on, each trimmed, blank ones left out, joined with spaces.</summary>
    public string JoinForPeople(int from)
    {
        var builder = new StringBuilder();
        for (var k = from; k < TextCount; k++)
        {
            var text = Text(k).Trim();
            if (text.Length == 0) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(text);
        }
        return builder.ToString();
    }
}
