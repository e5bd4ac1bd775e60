using System.Buffers;
using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>Finds CCD+ reassociation segments (TRN*1*trace*payer) in 16/88 text: the link to an 835.</summary>
internal static class Bai2Trn
{
    // Vectorised searches: most texts hold no TRN at all, and the case-insensitive string search was a tenth of a
    // 16 record's reading. Same matches as IndexOf("TRN*", OrdinalIgnoreCase) and IndexOfAny(['\\', '~', ' ', ',']).
    private static readonly SearchValues<string> Marker = SearchValues.Create(["TRN*"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> SegmentEnd = SearchValues.Create("\\~ ,");

    private const int MaxReferences = 20;

    /// <summary>The trace numbers found: the shared empty array when none, otherwise an array of exactly their number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<string> Find(string text)
    {
        string? first = null;
        List<string>? more = null;
        var count = 0;
        var at = 0;
        while (count < MaxReferences)
        {
            var found = text.AsSpan(at).IndexOfAny(Marker);
            if (found < 0) break;
            var i = at + found;
            var end = text.AsSpan(i).IndexOfAny(SegmentEnd);
            var segment = end < 0 ? text.AsSpan(i) : text.AsSpan(i, end);
            if (Trace(segment) is { } trace)
            {
                if (count++ == 0) first = trace;
                else (more ??= [first!]).Add(trace);
            }
            at = i + 4;
        }
        return count == 0 ? [] : more is null ? [first!] : more.ToArray();
    }

    /// <summary>The third '*'-separated element of a segment when it is not empty (the segment starts "TRN*").</summary>
    private static string? Trace(ReadOnlySpan<char> segment)
    {
        var rest = segment[4..];
        var star = rest.IndexOf('*');
        if (star < 0) return null;
        rest = rest[(star + 1)..];
        var next = rest.IndexOf('*');
        var element = next < 0 ? rest : rest[..next];
        return element.Length > 0 ? element.ToString() : null;
    }
}
