namespace Reconciler.Rules.Matching;

/// <summary>
/// Names reduced to comparable tokens: upper case, letters and digits only, legal forms and filler words
/// dropped ("Acme Manufacturing, Inc." → ACME, MANUFACTURING).
/// </summary>
public static class NameTokens
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "INC", "LLC", "LTD", "CORP", "CORPORATION", "CO", "COMPANY", "GMBH", "AG", "BV", "NV", "SA", "PLC", "LLP", "LP",
        "THE", "OF", "AND", "PC", "PA", "PLLC",
    };

    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = new List<string>();
        // Every payment's texts are cut into tokens: the letters go into a scratch buffer and a token becomes a
        // string only when it is kept (the filler words are looked up by span).
        var filler = Filler.GetAlternateLookup<ReadOnlySpan<char>>();
        var rented = text.Length > 256 ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        Span<char> buffer = rented ?? stackalloc char[256];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i])) { buffer[length++] = char.ToUpperInvariant(text[i]); continue; }
            if (length > 0 && !filler.Contains(buffer[..length])) tokens.Add(new string(buffer[..length]));
            length = 0;
        }
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return tokens;
    }

    /// <summary>
    /// Cuts <paramref name="text"/> into the same tokens as <see cref="Of"/>, without a string per token: their letters are
    /// appended to <paramref name="letters"/> (grown when full) from <paramref name="used"/> on, and each token's place in it to
    /// <paramref name="tokens"/>. Every payment's texts are cut this way when its payer is looked for.
    /// </summary>
    internal static void Append(string? text, ref char[] letters, ref int used, List<(int Start, int Length)> tokens)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        if (letters.Length - used < text.Length) Array.Resize(ref letters, Math.Max(letters.Length * 2, used + text.Length));
        var filler = Filler.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = used;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i])) { letters[used++] = char.ToUpperInvariant(text[i]); continue; }
            if (used > start)
            {
                if (filler.Contains(letters.AsSpan(start, used - start))) used = start;
                else tokens.Add((start, used - start));
            }
            start = used;
        }
    }

    /// <summary>Equal, or (for words of five letters or more) one typo apart.</summary>
    public static bool Alike(string a, string b) => Alike(a.AsSpan(), b.AsSpan());

    /// <inheritdoc cref="Alike(string, string)"/>
    public static bool Alike(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b)) return true;
        if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
        return EditDistanceAtMostOne(a, b);
    }

    private static bool EditDistanceAtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var shorter = b;
            b = a;
            a = shorter;
        }
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length == b.Length) { i++; j++; } else j++;
        }
        return edits + (b.Length - j) + (a.Length - i) <= 1;
    }
}
