using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>
/// The funds type of an 03 summary block or a 16 record decides how many fields follow it: none for empty, Z, 0,
/// 1 and 2; V value date and time; S three availability amounts; D a count n and n (days, amount) pairs.
/// </summary>
internal static class Bai2FundsType
{
    /// <summary>Whether the code is one of the spec's funds types (empty means unknown, as Z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsKnown(string code)
    {
        var c = code.AsSpan().Trim();
        return c.Length == 0 || (c.Length == 1 && char.ToUpperInvariant(c[0]) is 'Z' or '0' or '1' or '2' or 'V' or 'S' or 'D');
    }

    /// <summary>
    /// How many fields follow the funds type. For D, <paramref name="firstExtra"/> is the pair count (null when
    /// not yet read); a count that is not a small number is read as zero pairs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ExtraFields(string code, string? firstExtra)
    {
        var c = code.AsSpan().Trim();
        // One character compared upper-cased, as the whole trimmed code was (upper-casing keeps the length).
        if (c.Length != 1) return 0;
        return char.ToUpperInvariant(c[0]) switch
        {
            'V' => 2,
            'S' => 3,
            'D' => 1 + (2 * PairCount(firstExtra)),
            _ => 0,
        };
    }

    private static int PairCount(string? field) =>
        int.TryParse(field.AsSpan().Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 500
            ? n
            : 0;
}
