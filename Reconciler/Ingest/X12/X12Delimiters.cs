namespace Reconciler.Ingest.X12;

/// <summary>
/// The delimiters of one interchange, read from its ISA and never assumed: the element separator is the
/// character right after "ISA", the component separator is ISA16, the segment terminator is the character
/// after ISA16, and (5010) ISA11 is the repetition separator. In 4010 ISA11 is a standards id ("U"), so
/// a letter or digit there means the interchange has no repetition separator.
/// </summary>
public sealed record X12Delimiters(char Element, char Component, char Segment, char? Repetition)
{
    /// <summary>The length of a fixed-width ISA including its terminator.</summary>
    public const int IsaLength = 106;

    // A real ISA is 106 characters; a padded-out or sloppy one is still searched only this far.
    internal const int IsaSearchLimit = 512;

    /// <summary>
    /// Reads the delimiters of the ISA starting at <paramref name="start"/>. The ISA is found by counting its
    /// 16 element separators, so a non-padded ISA is still read; <paramref name="fixedWidth"/> says whether it
    /// had the standard 106-character layout.
    /// </summary>
    public static bool TryRead(string text, int start, out X12Delimiters delimiters, out bool fixedWidth, out string error) =>
        TryRead(text.AsSpan(start), out delimiters, out fixedWidth, out error);

    /// <summary>
    /// Reads the delimiters of the ISA that <paramref name="text"/> starts with; the span needs to hold the rest of
    /// the file or at least the first 514 characters (the search limit, ISA16 and the terminator after it).
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, out X12Delimiters delimiters, out bool fixedWidth, out string error)
    {
        const int start = 0;
        delimiters = new X12Delimiters('*', ':', '~', null);
        fixedWidth = false;
        error = "";
        if (text.Length - start < 4 || !text.StartsWith("ISA", StringComparison.Ordinal))
        {
            error = "an interchange must start with an ISA segment";
            return false;
        }

        var element = text[start + 3];
        if (char.IsLetterOrDigit(element) || char.IsWhiteSpace(element))
        {
            error = $"'{element}' right after ISA cannot be an element separator";
            return false;
        }

        // separators[n] = the index of the separator in front of ISA(n+1); separators[0] is at start + 3.
        Span<int> separators = stackalloc int[16];
        var count = 0;
        var limit = Math.Min(text.Length, start + IsaSearchLimit);
        for (var i = start + 3; i < limit && count < 16; i++)
        {
            if (text[i] == element) separators[count++] = i;
        }
        if (count < 16)
        {
            error = $"the ISA has {count} of its 16 elements (element separator '{element}'); the file is cut or not X12";
            return false;
        }

        var isa16 = separators[15] + 1;
        if (isa16 + 1 >= text.Length)
        {
            error = "the ISA ends before its component separator (ISA16) and segment terminator";
            return false;
        }

        var component = text[isa16];
        var segment = text[isa16 + 1];
        if (component == element || segment == element || segment == component || char.IsLetterOrDigit(segment))
        {
            error = $"the ISA's delimiters are not usable: element '{element}', component (ISA16) '{component}', segment terminator '{segment}'";
            return false;
        }

        char? repetition = null;
        if (separators[11] - separators[10] == 2)
        {
            var isa11 = text[separators[10] + 1];
            if (!char.IsLetterOrDigit(isa11) && !char.IsWhiteSpace(isa11) && isa11 != component && isa11 != segment) repetition = isa11;
        }

        delimiters = new X12Delimiters(element, component, segment, repetition);
        fixedWidth = isa16 - start == IsaLength - 2;
        return true;
    }
}
