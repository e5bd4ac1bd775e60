namespace Reconciler.Ingest.Mt940;

/// <summary>The SEPA keys inside German purpose text: EREF+, KREF+, MREF+, CRED+, DEBT+, SVWZ+, ABWA+, ABWE+, IBAN+, BIC+ ...</summary>
internal static class SepaKeys
{
    private static readonly string[] Keys =
        ["EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE", "IBAN", "BIC", "PURP", "COAM", "OAMT", "BREF", "RREF"];

    /// <summary>Each key with the "+" that marks it in the text, made once.</summary>
    private static readonly string[] Marks = Keys.Select(k => k + "+").ToArray();

    /// <summary>Where each key was found in the text being read, reused on this thread (one list per :86: before).</summary>
    [ThreadStatic]
    private static List<(int Start, string Key)>? t_found;

    /// <summary>Key to value, in the order found; empty when the text carries no SEPA key.</summary>
    public static Dictionary<string, string> Read(string text)
    {
        var found = t_found ??= [];
        found.Clear();
        for (var n = 0; n < Keys.Length; n++)
        {
            var key = Keys[n];
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(Marks[n], from, StringComparison.Ordinal);
                if (at < 0) break;
                if (at == 0 || !char.IsAsciiLetter(text[at - 1])) found.Add((at, key));
                from = at + key.Length + 1;
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var k = 0; k < found.Count; k++)
        {
            var start = found[k].Start + found[k].Key.Length + 1;
            var end = k + 1 < found.Count ? found[k + 1].Start : text.Length;
            var value = EntryDetails.Clean(text.AsSpan(start, end - start));
            if (value is not null) values.TryAdd(found[k].Key, value);
        }
        return values;
    }

    /// <summary>EREF, KREF, MREF and CRED values worth matching on (not "NOTPROVIDED").</summary>
    public static List<string> References(Dictionary<string, string> values)
    {
        var references = new List<string>();
        foreach (var key in (string[])["EREF", "KREF", "MREF", "BREF", "RREF"])
        {
            if (values.TryGetValue(key, out var value) && !value.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase)) references.Add(value);
        }
        return references;
    }

    /// <summary>The ultimate debtor or creditor, when the text names one.</summary>
    public static string? Party(Dictionary<string, string> values) =>
        values.GetValueOrDefault("ABWA") ?? values.GetValueOrDefault("ABWE");
}
