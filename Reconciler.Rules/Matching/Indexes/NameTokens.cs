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

    /// <summary>Equal, or (for words of five letters or more) one typo apart.</summary>
    public static bool Alike(string a, string b)
    {
        if (a == b) return true;
        if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
        return EditDistanceAtMostOne(a, b);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
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
