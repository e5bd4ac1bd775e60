namespace Reconciler.Ingest.X12;

/// <summary>Shares the id strings of the segments an 835 repeats on every claim, instead of one copy per segment.</summary>
internal static class X12SegmentIds
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "ISA", "GS", "ST", "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N3", "N4", "PER", "LX", "TS3", "TS2", "CLP", "CAS", "NM1",
        "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB", "SE", "GE", "IEA", "RDM",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Segments whose elements no part of the reader looks into (addresses, references, amounts of other loops; the claim's NM1, MIA, MOA, DTM and LQ are read): their
    /// text is not copied out of the read buffer, which saves a string for most segments of an 835.
    /// </summary>
    private static readonly HashSet<string> NeverRead = new(StringComparer.Ordinal)
    {
        "REF", "N3", "N4", "PER", "TS3", "TS2", "AMT", "QTY", "RDM",
    };

    /// <summary>Whether the reader may look into the elements of a segment with this (shared) id.</summary>
    public static bool IsRead(string id) => !NeverRead.Contains(id);

    public static string Of(ReadOnlySpan<char> id) => Lookup.TryGetValue(id, out var known) ? known : id.ToString();
}
