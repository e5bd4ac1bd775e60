namespace Reconciler.Ingest.X12;

/// <summary>
/// Splits X12 text into segments, one interchange after another. Each ISA sets the delimiters for the
/// segments that follow it (concatenated interchanges may use different ones). Whitespace between
/// segments (the CR/LF many senders put after each terminator) is skipped. Every step moves forward, so
/// the loop ends on any input.
/// </summary>
internal sealed class X12SegmentReader(string text, X12Problems problems)
{
    /// <summary>The delimiters of the interchange being read (null before the first ISA).</summary>
    public X12Delimiters? Delimiters { get; private set; }

    public IEnumerable<X12Segment> Segments()
    {
        var position = SkipFiller(0);
        var number = 0;
        while (position < text.Length)
        {
            if (IsIsaAt(position))
            {
                if (!X12Delimiters.TryRead(text, position, out var delimiters, out var fixedWidth, out var error))
                {
                    problems.Error($"segment {number + 1} (ISA)", null, error);
                    yield break;
                }
                if (!fixedWidth)
                {
                    problems.Warning($"segment {number + 1} (ISA)", null,
                        $"the ISA is not the fixed {X12Delimiters.IsaLength} characters wide; its delimiters were read by counting elements");
                }
                Delimiters = delimiters;
            }
            else if (Delimiters is null)
            {
                problems.Error("segment 1", null,
                    $"not an X12 interchange: the file starts with '{Preview(position)}' instead of an ISA segment");
                yield break;
            }

            var end = text.IndexOf(Delimiters.Segment, position);
            if (end < 0)
            {
                end = text.Length;
                problems.Warning($"segment {number + 1}", null,
                    $"the last segment has no segment terminator '{Delimiters.Segment}'; the file may be cut short");
            }

            number++;
            var elements = text.Substring(position, end - position).TrimEnd('\r', '\n').Split(Delimiters.Element);
            yield return new X12Segment(number, elements);
            position = SkipFiller(end + 1);
        }
    }

    private bool IsIsaAt(int position) =>
        position + 3 < text.Length && string.CompareOrdinal(text, position, "ISA", 0, 3) == 0 && !char.IsLetterOrDigit(text[position + 3]);

    /// <summary>Skips line breaks, spaces, a BOM and NUL padding between segments.</summary>
    private int SkipFiller(int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || text[position] is '\uFEFF' or '\0')
            && text[position] != Delimiters?.Element)
        {
            position++;
        }
        return position;
    }

    private string Preview(int position)
    {
        var preview = text.Substring(position, Math.Min(20, text.Length - position));
        var cut = preview.IndexOfAny(['\r', '\n']);
        return cut >= 0 ? preview[..cut] : preview;
    }
}
