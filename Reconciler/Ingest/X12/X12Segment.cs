namespace Reconciler.Ingest.X12;

/// <summary>
/// One segment: its number in the file (the ISA is segment 1) and its elements, where element 0 is the segment id, so
/// <c>Element(4)</c> of a CLP is CLP04. The reader hands out ONE segment that it loads again for every segment read
/// (a copy of the text and where each element ends, in reused arrays): most segments of an 835 are looked at once and
/// dropped, and an object and an element array each were a third of the reader's allocations. Code that holds on to a
/// segment past the next one (an ISA, an ST, a BPR) takes a <see cref="Keep"/> copy.
/// </summary>
public sealed class X12Segment
{
    private readonly X12Elements shared;
    private char[] text;
    private int[] ends;
    private int count;

    internal X12Segment(X12Elements shared)
        : this(shared, new char[256], new int[32])
    {
    }

    private X12Segment(X12Elements shared, char[] text, int[] ends)
    {
        this.shared = shared;
        this.text = text;
        this.ends = ends;
        Id = "";
    }

    public int Number { get; private set; }

    public string Id { get; private set; }

    /// <summary>How many elements follow the id (trailing empty ones included).</summary>
    public int Count => count - 1;

    /// <summary>"segment 37 (CLP)": where a problem is.</summary>
    public string Location => LocationOf(Number, Id);

    public static string LocationOf(int number, string id) => $"segment {number} ({id})";

    /// <summary>
    /// "file:segment 37 (CLP)", an item's location, written straight into the string: it is made for every claim, and an
    /// interpolated string rents and returns a buffer each time.
    /// </summary>
    public static string FileLocation(string file, int number, string id)
    {
        const string Segment = ":segment ";
        var digits = 1; // a segment number is 1 or more
        for (var rest = number; rest >= 10; rest /= 10) digits++;
        return string.Create(file.Length + Segment.Length + digits + id.Length + 3, (file, number, id), static (span, state) =>
        {
            state.file.CopyTo(span);
            var at = state.file.Length;
            Segment.CopyTo(span[at..]);
            at += Segment.Length;
            state.number.TryFormat(span[at..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
            at += written;
            " (".CopyTo(span[at..]);
            state.id.CopyTo(span[(at + 2)..]);
            span[^1] = ')';
        });
    }

    /// <summary>
    /// The element at <paramref name="index"/> (1-based), or "" when absent. A segment the reader never looks into
    /// (<see cref="X12SegmentIds"/>' NeverRead: NM1, REF, DTM, ...) is kept as its id alone, so its elements read as "":
    /// code that starts reading one must take its id off that list. Short elements (codes) are shared strings; a longer
    /// one is a new string on every call, so hot code reads <see cref="Span"/> instead.
    /// </summary>
    public string Element(int index) => index == 0 ? Id : shared.Share(Span(index));

    /// <summary>The element at <paramref name="index"/> (1-based) as characters, empty when absent.</summary>
    public ReadOnlySpan<char> Span(int index)
    {
        if (index <= 0 || index >= count) return default;
        var start = ends[index - 1] + 1;
        return text.AsSpan(start, ends[index] - start);
    }

    /// <summary>The element's name: Field(4) of a CLP is "CLP04".</summary>
    public string Field(int index) => FieldOf(Id, index);

    public static string FieldOf(string id, int index) => id + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The components of a composite element, split on the interchange's component separator.</summary>
    public string[] Components(int index, char separator) => Element(index).Split(separator);

    /// <summary>A copy that stays as it is when the reader moves on (for segments held past the next one).</summary>
    public X12Segment Keep()
    {
        return new X12Segment(shared, text[..ends[count - 1]], ends[..count]) { Number = Number, Id = Id, count = count };
    }

    /// <summary>
    /// Makes this the segment <paramref name="number"/>: its elements cut from <paramref name="content"/> on
    /// <paramref name="separator"/>, as <c>string.Split</c> would; with <paramref name="cut"/> false only the id is kept.
    /// </summary>
    internal void Load(int number, string id, ReadOnlySpan<char> content, char separator, bool cut)
    {
        Number = number;
        Id = id;
        if (!cut) content = content[..id.Length];
        if (text.Length < content.Length) text = new char[Math.Max(content.Length, text.Length * 2)];
        content.CopyTo(text);
        count = 0;
        var start = 0;
        while (true)
        {
            var end = content[start..].IndexOf(separator);
            if (count == ends.Length) Array.Resize(ref ends, ends.Length * 2);
            if (end < 0) { ends[count++] = content.Length; return; }
            start += end;
            ends[count++] = start;
            start++;
        }
    }
}
