namespace Reconciler.Ingest.Mt940;

/// <summary>The SEPA keys inside German purpose text: EREF+, KREF+, MREF+, CRED+, DEBT+, SVWZ+, ABWA+, ABWE+, IBAN+, BIC+ ...</summary>
internal static class SepaKeys
{
    private static readonly string[] Keys =
        ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "PURP", "COAM", "OAMT", "BREF", "RREF"];

    /// <summary>Each key with the "+" that marks it in the text, made once.</summary>
    private static readonly string[] Marks = Keys.Select(k => k + "+").ToArray();

    private static readonly int Svwz = Array.IndexOf(Keys, "SVWZ");
    private static readonly int Abwa = Array.IndexOf(Keys, "ABWA");
    private static readonly int Abwe = Array.IndexOf(Keys, "ABWE");

    /// <summary>The keys whose values are references, in the order they are listed.</summary>
    private static readonly int[] ReferenceKeys = new[] { "EREF", "KREF", "MREF", "BREF", "RREF" }.Select(k => Array.IndexOf(Keys, k)).ToArray();

    /// <summary>The values of the text being read, by key number, reused on this thread (a dictionary per :86: before).</summary>
    [ThreadStatic]
    private static string?[]? t_values;

    /// <summary>
    /// Key number to value (the first non-blank one of each key), null when absent; all null when the text carries no SEPA
    /// key. The array is reused by the next call on this thread: read what is needed from it first.
    /// </summary>
    public static string?[] Read(ReadOnlySpan<char> text)
    {
        var values = t_values ??= new string?[Keys.Length];
        Array.Clear(values);
        // Every mark ends in the one "+" it holds, so the marks are found from the "+" signs, in the order they stand;
        // a mark counts only at the start of the text or after a character that is not a letter.
        var key = -1;
        var valueStart = 0;
        for (var plus = text.IndexOf('+'); plus >= 0; plus = Next(text, plus))
        {
            var found = KeyBefore(text, plus);
            if (found < 0) continue;
            var markStart = plus - Keys[found].Length;
            if (key >= 0) Add(values, key, text[valueStart..markStart]);
            key = found;
            valueStart = plus + 1;
        }
        if (key >= 0) Add(values, key, text[valueStart..]);
        return values;
    }

    private static int Next(ReadOnlySpan<char> text, int plus)
    {
        var next = text[(plus + 1)..].IndexOf('+');
        return next < 0 ? -1 : plus + 1 + next;
    }

    /// <summary>The key whose mark ends at the "+" at <paramref name="plus"/>, or -1.</summary>
    private static int KeyBefore(ReadOnlySpan<char> text, int plus)
    {
        for (var n = 0; n < Keys.Length; n++)
        {
            var start = plus - Keys[n].Length;
            if (start < 0 || !text.Slice(start, Keys[n].Length).SequenceEqual(Keys[n])) continue;
            return start == 0 || !char.IsAsciiLetter(text[start - 1]) ? n : -1;
        }
        return -1;
    }

    private static void Add(string?[] values, int key, ReadOnlySpan<char> value)
    {
        if (values[key] is null) values[key] = EntryDetails.Clean(value);
    }

    /// <summary>Whether the text carried any SEPA key with a value.</summary>
    public static bool Any(string?[] values) => Array.Exists(values, v => v is not null);

    /// <summary>The remittance text (SVWZ+), when there is one.</summary>
    public static string? Remittance(string?[] values) => values[Svwz];

    /// <summary>EREF, KREF, MREF, BREF and RREF values worth matching on (not "NOTPROVIDED").</summary>
    public static List<string> References(string?[] values)
    {
        var references = new List<string>();
        foreach (var key in ReferenceKeys)
        {
            if (values[key] is { } value && !value.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase)) references.Add(value);
        }
        return references;
    }

    /// <summary>The ultimate debtor or creditor, when the text names one.</summary>
    public static string? Party(string?[] values) => values[Abwa] ?? values[Abwe];

    /// <summary>Where the first mark of a key with a value stands in <paramref name="text"/> (0 when none does).</summary>
    public static int FirstMark(ReadOnlySpan<char> text, string?[] values)
    {
        var first = -1;
        for (var n = 0; n < Keys.Length; n++)
        {
            if (values[n] is null) continue;
            var at = text.IndexOf(Marks[n], StringComparison.Ordinal);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return Math.Max(first, 0);
    }
}
