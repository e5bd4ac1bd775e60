namespace Reconciler.Ingest.X12;

/// <summary>
/// One segment: its number in the file (the ISA is segment 1) and its elements, where element 0 is the
/// segment id, so <c>Element(4)</c> of a CLP is CLP04. The elements are cut on first use: most segments of
/// an 835 (names, addresses, dates) are never looked into.
/// </summary>
public sealed class X12Segment
{
    private readonly string? text;
    private readonly char separator;
    private string[]? elements;

    public X12Segment(int number, string id, string text, char separator)
    {
        Number = number;
        Id = id;
        this.text = text;
        this.separator = separator;
    }

    /// <summary>A segment whose elements were already cut (element 0 is the id).</summary>
    internal X12Segment(int number, string id, string[] elements)
    {
        Number = number;
        Id = id;
        this.elements = elements;
    }

    public int Number { get; }

    public string Id { get; }

    /// <summary>How many elements follow the id (trailing empty ones included).</summary>
    public int Count => Elements.Length - 1;

    /// <summary>"segment 37 (CLP)": where a problem is.</summary>
    public string Location => $"segment {Number} ({Id})";

    /// <summary>
    /// The element at <paramref name="index"/> (1-based), or "" when absent. A segment the reader never looks into
    /// (<see cref="X12SegmentIds"/>' NeverRead: NM1, REF, DTM, ...) is kept as its id alone, so its elements read as "":
    /// code that starts reading one must take its id off that list.
    /// </summary>
    public string Element(int index) => index > 0 && index < Elements.Length ? Elements[index] : "";

    /// <summary>The element's name: Field(4) of a CLP is "CLP04".</summary>
    public string Field(int index) => Id + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The components of a composite element, split on the interchange's component separator.</summary>
    public string[] Components(int index, char separator) => Element(index).Split(separator);

    private string[] Elements => elements ??= text!.Split(separator);
}
