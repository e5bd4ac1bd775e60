namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The Dutch structured <c>:86:</c> (ING, Rabobank, ABN AMRO SEPA): <c>/CODE/value/</c> pairs such as /EREF/, /REMI/USTD//text/,
/// /CNTP/IBAN/BIC/Name/City/, /BENM//NAME/…, /ORDP//NAME/….
/// </summary>
internal static class DutchCodes
{
    private static readonly string[] Codes =
    [
        "EREF", "PREF", "IREF", "MARF", "CSID", "CNTP", "BENM", "ORDP", "NAME", "ADDR", "REMI", "PURP", "ULTC", "ULTD",
        "ULTB", "RTRN", "EXCH", "CHGS", "ISDT", "TRTP", "IBAN", "BIC", "SUM", "ACCW", "ID", "CDTRREF", "CDTRREFTP", "CD",
    ];

    private static readonly Dictionary<string, int> Numbers = Codes.Select((code, n) => (code, n)).ToDictionary(p => p.code, p => p.n, StringComparer.Ordinal);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int[] ReferenceCodes = new[] { "EREF", "PREF", "IREF", "MARF", "CDTRREF" }.Select(c => Numbers[c]).ToArray();
    private static readonly int Remi = Numbers["REMI"];
    private static readonly int Cntp = Numbers["CNTP"];
    private static readonly int Name = Numbers["NAME"];
    private static readonly int Trtp = Numbers["TRTP"];

    /// <summary>Where each code's value lies in the text being read (start, end), by code number; reused on this thread.</summary>
    [ThreadStatic]
    private static (int Start, int End)[]? t_values;

    public static bool Matches(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (!trimmed.StartsWith('/')) return false;
        var second = trimmed[1..].IndexOf('/') + 1;
        return second > 1 && CodeLookup.ContainsKey(trimmed[1..second]);
    }

    /// <summary>
    /// Finds each code's value (the raw text up to the next code, slashes kept, outer slashes trimmed; first occurrence
    /// wins) in <paramref name="t"/>, walking it slash by slash in place: a value becomes a string only when it is used.
    /// A start of -1 marks a code that is absent.
    /// </summary>
    private static (int Start, int End)[] Split(ReadOnlySpan<char> t)
    {
        var values = t_values ??= new (int, int)[Codes.Length];
        Array.Fill(values, (-1, -1));
        var code = -1;
        var valueStart = 0;
        var slash = t.IndexOf('/'); // the slash before the token being looked at
        while (slash >= 0)
        {
            var tokenStart = slash + 1;
            var next = t[tokenStart..].IndexOf('/');
            var tokenEnd = next < 0 ? t.Length : tokenStart + next;
            if (CodeLookup.TryGetValue(t[tokenStart..tokenEnd], out var known))
            {
                if (code >= 0 && values[code].Start < 0) values[code] = (valueStart, slash);
                code = known;
                valueStart = tokenEnd + 1;
            }
            slash = next < 0 ? -1 : tokenEnd;
        }
        if (code >= 0 && values[code].Start < 0) values[code] = (valueStart, t.Length);
        return values;
    }

    /// <summary>The value of a code that is present (empty when its code is followed by the next one), outer slashes trimmed.</summary>
    private static ReadOnlySpan<char> Value(ReadOnlySpan<char> t, (int Start, int End) range) =>
        range.Start >= range.End ? default : t[range.Start..range.End].Trim('/');

    public static EntryDetails Read(string text)
    {
        var t = text.AsSpan().Trim();
        var values = Split(t);
        var references = new List<string>();
        foreach (var code in ReferenceCodes)
        {
            if (values[code].Start < 0) continue;
            var value = Value(t, values[code]);
            if (value.Length > 0 && !value.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase)) references.Add(value.ToString());
        }
        var remittance = values[Remi].Start < 0 ? null : Remittance(Value(t, values[Remi]), references);
        var posting = values[Trtp].Start < 0 ? null : Value(t, values[Trtp]).ToString();
        return new EntryDetails(Counterparty(t, values), remittance ?? EntryDetails.Clean(text), references, posting);
    }

    /// <summary>The name in /CNTP/IBAN/BIC/Name/City/, else /NAME/.</summary>
    private static string? Counterparty(ReadOnlySpan<char> t, (int Start, int End)[] values)
    {
        if (values[Cntp].Start >= 0)
        {
            var party = Value(t, values[Cntp]);
            var first = party.IndexOf('/');
            var second = first < 0 ? -1 : party[(first + 1)..].IndexOf('/');
            if (second >= 0)
            {
                var name = party[(first + 1 + second + 1)..];
                var end = name.IndexOf('/');
                if (end >= 0) name = name[..end];
                if (!name.Trim().IsEmpty) return EntryDetails.Clean(name);
            }
        }
        return values[Name].Start >= 0 ? EntryDetails.Clean(Value(t, values[Name])) : null;
    }

    private static string? Remittance(ReadOnlySpan<char> remi, List<string> references)
    {
        if (remi.StartsWith("USTD", StringComparison.Ordinal)) return EntryDetails.Clean(remi[4..].TrimStart('/'));
        if (remi.StartsWith("STRD", StringComparison.Ordinal))
        {
            // The last part between slashes that is not empty.
            var rest = remi.TrimEnd('/');
            var reference = rest[(rest.LastIndexOf('/') + 1)..].ToString();
            if (reference is { Length: > 0 } && reference != "STRD" && reference != "CUR") references.Add(reference);
            return EntryDetails.Clean(reference);
        }
        return EntryDetails.Clean(remi);
    }
}
