using System.Text;

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
        var current = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c)) { current.Append(char.ToUpperInvariant(c)); continue; }
            if (current.Length > 0 && !Filler.Contains(current.ToString())) tokens.Add(current.ToString());
            current.Clear();
        }
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
