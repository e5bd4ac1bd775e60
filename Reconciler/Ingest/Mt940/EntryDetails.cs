namespace Reconciler.Ingest.Mt940;

/// <summary>What a <c>:86:</c> field says about one entry: counterparty, remittance text, references, and its dialect.</summary>
internal sealed record EntryDetails(string? Counterparty, string? Remittance, IReadOnlyList<string> References, string? PostingCode)
{
    public static EntryDetails Empty { get; } = new(null, null, [], null);

    /// <summary>Reads a <c>:86:</c> field: German <c>GVC?nn</c> subfields, Dutch <c>/CODE/value/</c> pairs, or free text.</summary>
    public static EntryDetails Read(SwiftField field)
    {
        // Structure is looked for in the lines joined WITHOUT spaces: banks wrap in the middle of words and codes.
        var joined = field.Joined;
        if (GermanSubfields.Matches(joined)) return GermanSubfields.Read(joined);
        if (DutchCodes.Matches(joined)) return DutchCodes.Read(joined);
        var text = field.ForPeople;
        var sepa = SepaKeys.Read(joined);
        if (SepaKeys.Any(sepa))
        {
            return new EntryDetails(SepaKeys.Party(sepa), SepaKeys.Remittance(sepa) ?? Clean(text), SepaKeys.References(sepa), null);
        }
        return new EntryDetails(null, Clean(text), [], null);
    }

    /// <summary>The text trimmed, with runs of blanks made one; null when it is blank.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var span = text.AsSpan().Trim();
        // Most texts have nothing to remove: they are kept as they are.
        if (span.Length == text.Length && !span.Contains("  ", StringComparison.Ordinal)) return text;
        return Collapse(span);
    }

    /// <summary><see cref="Clean(string?)"/> of a part of a text, without copying the part first.</summary>
    public static string? Clean(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace()) return null;
        var span = text.Trim();
        return span.Contains("  ", StringComparison.Ordinal) ? Collapse(span) : span.ToString();
    }

    private static string Collapse(ReadOnlySpan<char> span)
    {
        var builder = new System.Text.StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
