namespace Reconciler.Storage.Rows;

/// <summary>
/// Texts in code point order, the order of the store's <c>ORDER BY key {Ordinal}</c> in every database (UTF-8 bytes,
/// <c>COLLATE "C"</c>, BIN2). Ordinal UTF-16 order differs only where a surrogate pair meets a character from U+E000 up.
/// </summary>
internal sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
            if (x[i] != y[i]) return Rank(x[i]) - Rank(y[i]);
        return x.Length - y.Length;
    }

    // Surrogates (U+D800-DFFF) encode code points above U+FFFF: they go after U+E000-FFFF.
    private static int Rank(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
