namespace Reconciler.Ingest.Bai2;

/// <summary>
/// A 16 record tokenised funds-type-aware, across its 88 continuations: an 88 continues the fields when the
/// record before it ended ("/") before the text, and continues the text otherwise.
/// </summary>
internal sealed record Bai2Detail(
    string TypeCode, string Amount, string FundsType, IReadOnlyList<string> Extras,
    string BankReference, string CustomerReference, string Text, bool StrayLeadingComma)
{
    public static Bai2Detail Read(Bai2Entry entry)
    {
        var fields = new List<string>();
        var text = new List<string>();
        var inText = false;
        var stray = false;
        foreach (var part in entry.Continuations.Prepend(entry.Head))
        {
            if (inText) { text.Add(part.Content); continue; }
            string? rest = part.Content;
            while (rest is not null && fields.Count < Needed(fields))
            {
                var comma = rest.IndexOf(',', StringComparison.Ordinal);
                var field = comma < 0 ? StripEnd(rest) : rest[..comma];
                rest = comma < 0 ? null : rest[(comma + 1)..];
                // The "16,,115,..." dialect: an empty field before the type code.
                if (fields.Count == 0 && field.Trim().Length == 0 && !stray && rest is not null && LooksLikeTypeCode(rest)) { stray = true; continue; }
                fields.Add(field.Trim());
            }
            if (rest is not null && fields.Count >= Needed(fields)) { inText = true; text.Add(rest); }
        }
        while (fields.Count < 3) fields.Add("");
        var extraCount = Bai2FundsType.ExtraFields(fields[2], fields.Count > 3 ? fields[3] : null);
        var extras = fields.Skip(3).Take(extraCount).ToList();
        var referencesFrom = 3 + extraCount;
        return new Bai2Detail(
            fields[0], fields[1], fields[2], extras,
            fields.ElementAtOrDefault(referencesFrom) ?? "",
            fields.ElementAtOrDefault(referencesFrom + 1) ?? "",
            JoinText(text), stray);
    }

    /// <summary>How many structured fields the record has, as far as the fields read so far tell.</summary>
    private static int Needed(List<string> fields)
    {
        if (fields.Count < 3) return 3;
        if (fields[2].Trim().Equals("D", StringComparison.OrdinalIgnoreCase) && fields.Count < 4) return 4;
        return 3 + Bai2FundsType.ExtraFields(fields[2], fields.Count > 3 ? fields[3] : null) + 2;
    }

    private static bool LooksLikeTypeCode(string rest) =>
        rest.Length >= 4 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && rest[3] == ',';

    private static string StripEnd(string s)
    {
        var t = s.TrimEnd();
        return t.EndsWith('/') ? t[..^1] : t;
    }

    /// <summary>Text parts joined by a blank; the record's closing "/" (and a defaulted ",/") is not text.</summary>
    private static string JoinText(List<string> parts)
    {
        var cleaned = new List<string>(parts.Count);
        foreach (var part in parts)
        {
            var t = part.Trim();
            if (t.EndsWith(",/", StringComparison.Ordinal)) t = t[..^2];
            else if (t.EndsWith('/')) t = t[..^1];
            t = t.Trim();
            if (t.Length > 0) cleaned.Add(t);
        }
        return string.Join(" ", cleaned);
    }
}
