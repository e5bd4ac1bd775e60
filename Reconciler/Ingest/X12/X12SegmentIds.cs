namespace Reconciler.Ingest.X12;

/// <summary>Shares the id strings of the segments an 835 repeats on every claim, instead of one copy per segment.</summary>
internal static class X12SegmentIds
{
    /// <summary>
    /// Segments whose elements no part of the reader looks into (addresses, references, amounts of other loops; the claim's NM1, MIA, MOA, DTM and LQ are read): their
    /// text is not copied out of the read buffer, which saves a string for most segments of an 835.
    /// </summary>
    private static readonly HashSet<string> NeverRead = new(StringComparer.Ordinal)
    {
        "REF", "N3", "N4", "PER", "TS3", "TS2", "AMT", "QTY", "RDM",
    };

    // The common ids, each with whether the reader looks into it: one lookup per segment gives both.
    private static readonly Dictionary<string, bool> Common = new[]
    {
        "ISA", "GS", "ST", "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N3", "N4", "PER", "LX", "TS3", "TS2", "CLP", "CAS", "NM1",
        "MIA", "MOA", "AMT", "QTY", "SVC", "LQ", "PLB", "SE", "GE", "IEA", "RDM",
    }.ToDictionary(id => id, id => !NeverRead.Contains(id), StringComparer.Ordinal);

    private static readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> Lookup = Common.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id as a shared string when it is a common one, and whether the reader looks into its elements.</summary>
    public static string Of(ReadOnlySpan<char> id, out bool read)
    {
        if (Lookup.TryGetValue(id, out var known, out read)) return known;
        var made = id.ToString();
        read = !NeverRead.Contains(made);
        return made;
    }
}
