namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The Dutch structured <c>:86:</c> (ING, Rabobank, ABN AMRO SEPA): <c>/CODE/value/</c> pairs such as /EREF/, /REMI/USTD//text/,
/// /CNTP/IBAN/BIC/Name/City/, /BENM//NAME/…, /ORDP//NAME/….
/// </summary>
internal static class DutchCodes
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "EREF", "PREF", "IREF", "MARF", "CSID", "CNTP", "BENM", "ORDP", "NAME", "ADDR", "REMI", "PURP", "ULTC", "ULTD",
        "ULTB", "RTRN", "EXCH", "CHGS", "ISDT", "TRTP", "IBAN", "BIC", "SUM", "ACCW", "ID", "CDTRREF", "CDTRREFTP", "CD",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Matches(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (!trimmed.StartsWith('/')) return false;
        var second = trimmed[1..].IndexOf('/') + 1;
        return second > 1 && CodeLookup.Contains(trimmed[1..second]);
    }

    /// <summary>
    /// Code to value (the raw text up to the next code, slashes kept, outer slashes trimmed); first occurrence wins.
    /// The text is walked slash by slash in place: only the values become strings (once per code).
    /// </summary>
    public static Dictionary<string, string> Split(string text)
    {
        var t = text.AsSpan().Trim();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? code = null;
        var valueStart = 0;
        var slash = t.IndexOf('/'); // the slash before the token being looked at
        while (slash >= 0)
        {
            var tokenStart = slash + 1;
            var next = t[tokenStart..].IndexOf('/');
            var tokenEnd = next < 0 ? t.Length : tokenStart + next;
            if (CodeLookup.TryGetValue(t[tokenStart..tokenEnd], out var known))
            {
                if (code is not null) Add(values, code, t, valueStart, slash);
                code = known;
                valueStart = tokenEnd + 1;
            }
            slash = next < 0 ? -1 : tokenEnd;
        }
        if (code is not null) Add(values, code, t, valueStart, t.Length);
        return values;
    }

    /// <summary>The value between two codes (none when they are adjacent), outer slashes trimmed.</summary>
    private static void Add(Dictionary<string, string> values, string code, ReadOnlySpan<char> text, int start, int end)
    {
        if (values.ContainsKey(code)) return;
        values.Add(code, start >= end ? "" : text[start..end].Trim('/').ToString());
    }

    public static EntryDetails Read(string text)
    {
        var values = Split(text);
        var references = new List<string>();
        foreach (var key in (string[])["EREF", "PREF", "IREF", "MARF", "CDTRREF"])
        {
            if (values.TryGetValue(key, out var value) && value.Length > 0 && !value.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase))
                references.Add(value);
        }
        var remittance = Remittance(values.GetValueOrDefault("REMI"), references);
        return new EntryDetails(Counterparty(values), remittance ?? EntryDetails.Clean(text), references, values.GetValueOrDefault("TRTP"));
    }

    private static string? Counterparty(Dictionary<string, string> values)
    {
        if (values.TryGetValue("CNTP", out var party))
        {
            var parts = party.Split('/');
            if (parts.Length >= 3 && parts[2].Trim().Length > 0) return EntryDetails.Clean(parts[2]);
        }
        return values.TryGetValue("NAME", out var name) ? EntryDetails.Clean(name) : null;
    }

    private static string? Remittance(string? remi, List<string> references)
    {
        if (remi is null) return null;
        if (remi.StartsWith("USTD", StringComparison.Ordinal)) return EntryDetails.Clean(remi[4..].TrimStart('/'));
        if (remi.StartsWith("STRD", StringComparison.Ordinal))
        {
            var parts = remi.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var reference = parts.Length > 0 ? parts[^1] : null;
            if (reference is { Length: > 0 } && reference != "STRD" && reference != "CUR") references.Add(reference);
            return EntryDetails.Clean(reference);
        }
        return EntryDetails.Clean(remi);
    }
}
