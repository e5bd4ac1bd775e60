namespace Reconciler.Ingest.Mt940;

/// <summary>
/// The German structured <c>:86:</c>: a 3-digit GVC then <c>?nn</c> subfields (?00 posting text, ?20-?29 and ?60-?63 purpose,
/// ?30 BLZ/BIC, ?31 account/IBAN, ?32-?33 name). SEPA keys (EREF+, SVWZ+ ...) are read from the joined purpose.
/// </summary>
internal static class GermanSubfields
{
    public static bool Matches(string text) =>
        text.Length >= 4 && SwiftValues.Digits(text, 0, 3) && text[3] == '?';

    /// <summary>Subfield number (two digits, so 0-99) to value, null when absent; repeated numbers are concatenated.</summary>
    public static string?[] Split(string text)
    {
        var fields = new string?[100];
        SplitInto(text, fields);
        return fields;
    }

    /// <summary>
    /// The subfields of each :86: read on this thread, reused: a new 100-slot array per entry was a large part of what
    /// reading a German statement allocated. <see cref="Read"/> clears it after use.
    /// </summary>
    [ThreadStatic]
    private static string?[]? t_fields;

    [ThreadStatic]
    private static System.Text.StringBuilder? t_purpose;

    private static void SplitInto(string text, string?[] fields)
    {
        var code = -1;
        var start = 0;
        for (var k = 3; k <= text.Length; k++)
        {
            var boundary = k == text.Length || (text[k] == '?' && SwiftValues.Digits(text, k + 1, 2));
            if (!boundary) continue;
            if (code >= 0)
            {
                var value = text[start..k];
                fields[code] = fields[code] is { } before ? before + value : value;
            }
            if (k == text.Length) break;
            code = SwiftValues.Number(text, k + 1, 2);
            start = k + 3;
            k += 2;
        }
    }

    public static EntryDetails Read(string text)
    {
        var fields = t_fields ??= new string?[100];
        SplitInto(text, fields);
        var purpose = Purpose(fields);
        var posting = fields[0];
        var name = EntryDetails.Clean(fields[32] + fields[33]);
        Array.Clear(fields);
        var sepa = SepaKeys.Read(purpose);
        var remittance = sepa.GetValueOrDefault("SVWZ") ?? EntryDetails.Clean(sepa.Count > 0 ? WithoutKeys(purpose, sepa) : purpose);
        return new EntryDetails(
            name ?? SepaKeys.Party(sepa),
            remittance ?? EntryDetails.Clean(posting),
            SepaKeys.References(sepa),
            Gvc(text));
    }

    // The 3-digit business transaction codes, each made once: the same few repeat on every entry.
    private static readonly string?[] Codes = new string?[1000];

    private static string Gvc(string text)
    {
        var number = SwiftValues.Number(text, 0, 3);
        return Codes[number] ??= text[..3];
    }

    /// <summary>The purpose subfields ?20-?29 and ?60-?63 joined in number order.</summary>
    private static string Purpose(string?[] fields)
    {
        var builder = (t_purpose ??= new System.Text.StringBuilder()).Clear();
        for (var code = 20; code <= 63; code++)
        {
            if (code == 30) code = 60;
            builder.Append(fields[code]);
        }
        return builder.ToString();
    }

    /// <summary>The purpose text before its first SEPA key, when there is no SVWZ+ (the free text some banks put first).</summary>
    private static string? WithoutKeys(string purpose, Dictionary<string, string> sepa)
    {
        var first = sepa.Keys.Select(k => purpose.IndexOf(k + "+", StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        return first > 0 ? purpose[..first] : null;
    }
}
