namespace Reconciler.Ingest.X12;

/// <summary>
/// Splits X12 text into segments as it is read, one interchange after another. Each ISA sets the delimiters for
/// the segments that follow it (concatenated interchanges may use different ones). Whitespace between segments
/// (the CR/LF many senders put after each terminator) is skipped. Every step moves forward, so the loop ends on
/// any input.
/// </summary>
internal sealed class X12SegmentReader(RecordText text, X12Problems problems)
{
    // The one segment handed out, loaded again for each segment read (see X12Segment).
    private readonly X12Segment segment = new(new X12Elements());

    /// <summary>The delimiters of the interchange being read (null before the first ISA).</summary>
    public X12Delimiters? Delimiters { get; private set; }

    /// <summary>Whether the file started with GS or ST, its ISA envelope missing.</summary>
    public bool Bare { get; private set; }

    /// <summary>Whether the text read holds nothing but whitespace (known once the segments are read).</summary>
    public bool IsBlank { get; private set; } = true;

    /// <summary>The segments in order: the same <see cref="X12Segment"/> each time, loaded anew (valid until the next one).</summary>
    public IEnumerable<X12Segment> Segments()
    {
        SkipFiller();
        var number = 0;
        while (!text.AtEnd)
        {
            IsBlank = false;
            if (IsIsaAhead())
            {
                // The ISA is read from a window as long as the search for its 16 separators may need.
                if (!X12Delimiters.TryRead(text.Peek(X12Delimiters.IsaSearchLimit + 2), out var delimiters, out var fixedWidth, out var error))
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
            else if (Delimiters is null && X12BareStart.Starts(text.Peek(4)) && X12BareStart.TryRead(text.Peek(X12BareStart.Window), out var bare, out var how))
            {
                // The content says what it is; only the envelope's control numbers and sender ids are lost.
                var first = text.Peek(2).ToString();
                problems.Warning("segment 1", null,
                    $"the ISA envelope is missing: the file starts with {first}; read as an X12 835 without its interchange{(first == "ST" ? " and group" : "")} "
                    + $"headers, with the delimiters its segments use: {how}");
                Delimiters = bare;
                Bare = true;
            }
            else if (Delimiters is null)
            {
                problems.Error("segment 1", null,
                    $"not an X12 interchange: the file starts with '{Preview()}' instead of an ISA segment");
                yield break;
            }

            var end = text.IndexOf(Delimiters.Segment);
            if (end < 0)
            {
                end = text.Available.Length;
                problems.Warning($"segment {number + 1}", null,
                    $"the last segment has no segment terminator '{Delimiters.Segment}'; the file may be cut short");
            }

            number++;
            var content = text.Available[..end].TrimEnd("\r\n");
            var idLength = content.IndexOf(Delimiters.Element);
            var id = X12SegmentIds.Of(idLength < 0 ? content : content[..idLength], out var read);
            // A segment nothing looks into keeps only its id (its elements then read as absent).
            segment.Load(number, id, content, Delimiters.Element, read);
            text.Skip(end + 1);
            yield return segment;
            SkipFiller();
        }
    }

    private bool IsIsaAhead()
    {
        var head = text.Peek(4);
        return head.Length == 4 && head.StartsWith("ISA", StringComparison.Ordinal) && !char.IsLetterOrDigit(head[3]);
    }

    /// <summary>Skips line breaks, spaces, a BOM and NUL padding between segments.</summary>
    private void SkipFiller()
    {
        while (true)
        {
            var ahead = text.Peek(1);
            if (ahead.Length == 0) return;
            var available = text.Available;
            var skipped = 0;
            while (skipped < available.Length && IsFiller(available[skipped])) skipped++;
            if (skipped > 0 && IsBlank && available[..skipped].ContainsAny('\uFEFF', '\0')) IsBlank = false;
            text.Skip(skipped);
            if (skipped < available.Length) return;
        }
    }

    private bool IsFiller(char c) => (char.IsWhiteSpace(c) || c is '\uFEFF' or '\0') && c != Delimiters?.Element;

    private string Preview()
    {
        var preview = text.Peek(20);
        var cut = preview.IndexOfAny('\r', '\n');
        return (cut >= 0 ? preview[..cut] : preview).ToString();
    }
}
