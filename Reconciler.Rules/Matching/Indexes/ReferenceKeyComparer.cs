namespace Reconciler.Rules.Matching;

/// <summary>
/// Compares invoice numbers by their reference keys (<see cref="ReferenceKey.Normalize"/>: letters and digits,
/// upper-cased) without making the key: the ledger is then keyed by the invoice numbers themselves, instead of a
/// second string per item (a million on a big night). Spans are compared the same way, so the keys a text yields
/// are looked up without strings too.
/// </summary>
internal sealed class ReferenceKeyComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly ReferenceKeyComparer Instance = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Equals(x.AsSpan(), y.AsSpan());

    public int GetHashCode(string text) => GetHashCode(text.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other) => Equals(alternate, other.AsSpan());

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        // FNV-1a over the key's characters.
        var hash = 2166136261u;
        foreach (var c in alternate)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            hash = (hash ^ char.ToUpperInvariant(c)) * 16777619u;
        }
        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    /// <summary>The length of the text's key (0: the text has no letter or digit, so no key).</summary>
    public static int KeyLength(string text)
    {
        var length = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) length++;
        return length;
    }

    private static bool Equals(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && !char.IsLetterOrDigit(x[i])) i++;
            while (j < y.Length && !char.IsLetterOrDigit(y[j])) j++;
            if (i == x.Length || j == y.Length) return i == x.Length && j == y.Length;
            if (char.ToUpperInvariant(x[i++]) != char.ToUpperInvariant(y[j++])) return false;
        }
    }
}
