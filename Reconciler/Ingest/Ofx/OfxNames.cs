using System.Runtime.CompilerServices;
using System.Buffers;

namespace Reconciler.Ingest.Ofx;

/// <summary>
/// Tag names (upper-cased) and short code values, shared: a file repeats a few dozen names (STMTTRN, TRNAMT ...) and
/// transaction types (DEBIT, CHECK ...) thousands of times, so each is made once per thread, not once per tag.
/// </summary>
internal static class OfxNames
{
    private const int MaxNames = 1024;

    /// <summary>Codes longer than this are not worth sharing (and would fill the cache with one-offs).</summary>
    private const int MaxSharedLength = 16;

    /// <summary>Upper-case ASCII letters, digits, '.' and '_': names that upper-casing leaves as they are.</summary>
    private static readonly SearchValues<char> NameCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._");

    [ThreadStatic]
    private static Dictionary<string, string>? names;

    private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Names
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (names ??= new Dictionary<string, string>(StringComparer.Ordinal)).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The element name of the inside of a tag ("STMTTRN", "/STMTTRN" without its '/', "OFX attr=..."): the first word, upper-cased.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Of(ReadOnlySpan<char> tag)
    {
        var trimmed = tag.Trim();
        var space = trimmed.IndexOfAny(' ', '\t', '\n');
        var name = space < 0 ? trimmed : trimmed[..space];
        if (!name.ContainsAnyExcept(NameCharacters)) return Shared(name);
        return name.ToString().ToUpperInvariant();
    }

    /// <summary>The text as a string, the same instance each time for short texts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Share(ReadOnlySpan<char> text) => text.Length > MaxSharedLength ? text.ToString() : Shared(text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Shared(ReadOnlySpan<char> text)
    {
        if (Names.TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        // A file of random tags would grow the cache without end: it stops taking names at a bound.
        if (names!.Count < MaxNames) names[made] = made;
        return made;
    }
}
