namespace Reconciler.Ingest.X12;

/// <summary>
/// The delimiters of a transaction set sent without its ISA (some payers hand out "ST*835*..." or "GS*HP*..." alone),
/// read from the segments themselves: the element separator follows the segment id, the segment terminator is the
/// first character after it that no element of ST or GS holds, and the component separator is the one an SVC01
/// composite ("HC:99213") shows. With no SVC in sight, ':' (the usual ISA16) is taken and said so; it only splits
/// procedure codes and PLB reasons, never an amount.
/// </summary>
internal static class X12BareStart
{
    /// <summary>How far ahead the component separator is looked for.</summary>
    public const int Window = 64 * 1024;

    /// <summary>Whether <paramref name="head"/> starts with a GS or ST segment (the id, then a separator).</summary>
    public static bool Starts(ReadOnlySpan<char> head) =>
        head.Length >= 4 && (head.StartsWith("ST", StringComparison.Ordinal) || head.StartsWith("GS", StringComparison.Ordinal))
        && IsSeparator(head[2]);

    /// <summary>The delimiters, and a sentence saying where each came from; false when no terminator is in sight.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out X12Delimiters delimiters, out string how)
    {
        delimiters = new X12Delimiters('*', ':', '~', null);
        how = "";
        var element = text[2];
        var end = 3;
        while (end < text.Length && end < 512 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == element || text[end] is ' ' or '.' or '-' or '_')) end++;
        if (end >= text.Length || end >= 512) return false;
        var segment = text[end];
        var component = ':';
        var source = "not seen in the file's first service line, so ':' (the usual) was taken";
        var svc = text.IndexOf(string.Concat("SVC", element.ToString()), StringComparison.Ordinal);
        if (svc >= 0 && svc + 7 < text.Length && IsSeparator(text[svc + 6]) && text[svc + 6] != element && text[svc + 6] != segment)
        {
            component = text[svc + 6];
            source = "taken from the first SVC01";
        }
        delimiters = new X12Delimiters(element, component, segment, null);
        how = $"element separator '{element}', segment terminator '{Show(segment)}', component separator '{component}' ({source})";
        return true;
    }

    private static bool IsSeparator(char c) => !char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c);

    private static string Show(char c) => c switch { '\n' => "\\n", '\r' => "\\r", _ => c.ToString() };
}
