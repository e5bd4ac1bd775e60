namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The German structured <c>:86:</c>: a 3-digit GVC then <c>?nn</c> subfields (?00 posting text, ?20-?29 and ?60-?63 purpose,
/// ?30 BLZ/BIC, ?31 account/IBAN, ?32-?33 name). SEPA keys (EREF+, SVWZ+ ...) are read from the joined purpose.
/// </summary>
internal static class GermanSubfields
{
    public static bool Matches(string text) =>
        text.Length >= 4 && SwiftValues.Digits(text, 0, 3) && text[3] == '?';

    /// <summary>Subfield number to value; repeated numbers are concatenated.</summary>
    public static SortedDictionary<int, string> Split(string text)
    {
        var fields = new SortedDictionary<int, string>();
        var code = -1;
        var start = 0;
        for (var k = 3; k <= text.Length; k++)
        {
            var boundary = k == text.Length || (text[k] == '?' && SwiftValues.Digits(text, k + 1, 2));
            if (!boundary) continue;
            if (code >= 0)
            {
                var value = text[start..k];
                fields[code] = fields.TryGetValue(code, out var before) ? before + value : value;
            }
            if (k == text.Length) break;
            code = SwiftValues.Number(text, k + 1, 2);
            start = k + 3;
            k += 2;
        }
        return fields;
    }

    public static EntryDetails Read(string text)
    {
        var fields = Split(text);
        var purpose = string.Concat(fields.Where(f => f.Key is >= 20 and <= 29 or >= 60 and <= 63).Select(f => f.Value));
        var sepa = SepaKeys.Read(purpose);
        var name = EntryDetails.Clean(fields.GetValueOrDefault(32) + fields.GetValueOrDefault(33));
        var remittance = sepa.GetValueOrDefault("SVWZ") ?? EntryDetails.Clean(sepa.Count > 0 ? WithoutKeys(purpose, sepa) : purpose);
        return new EntryDetails(
            name ?? SepaKeys.Party(sepa),
            remittance ?? EntryDetails.Clean(fields.GetValueOrDefault(0)),
            SepaKeys.References(sepa),
            text[..3]);
    }

    /// <summary>The purpose text before its first SEPA key, when there is no SVWZ+ (the free text some banks put first).</summary>
    private static string? WithoutKeys(string purpose, Dictionary<string, string> sepa)
    {
        var first = sepa.Keys.Select(k => purpose.IndexOf(k + "+", StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return first > 0 ? purpose[..first] : null;
    }
}
