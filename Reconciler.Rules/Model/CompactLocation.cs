namespace Reconciler.Rules.Model;

/// <summary>
/// Where a record was read, such as "invoices.csv:523882" or "bank.bai:line 86265", kept as a prefix that every record of
/// the file shares and the record's number; the text is made only when asked for. A big night holds a million open
/// items and a million bank lines from load to commit, and their location texts alone were a tenth of its memory.
/// A location set as plain text (<see cref="Number"/> negative) is kept whole.
/// </summary>
public readonly record struct CompactLocation(string? Prefix, int Number)
{
    /// <summary>A location kept whole, as given.</summary>
    public static CompactLocation Whole(string? text) => new(text, -1);

    /// <summary>The location's text, made when asked for.</summary>
    public string? Text =>
        Prefix is null ? null : Number < 0 ? Prefix : string.Concat(Prefix, Number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Equal when the texts are: a location kept whole equals the same text kept as prefix and number.</summary>
    public bool Equals(CompactLocation other) =>
        (Number == other.Number && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal))
        || string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => Text is { } text ? string.GetHashCode(text, StringComparison.Ordinal) : 0;

    /// <summary>
    /// How many trailing characters of <paramref name="text"/> are the number of a compact location: digits without
    /// a leading zero (so the text comes back the same) that fit an <see cref="int"/>; 0 when there are none.
    /// </summary>
    public static int NumberLength(ReadOnlySpan<char> text, out int number)
    {
        number = 0;
        var start = text.Length;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]) && text.Length - start < 9) start--;
        if (start == text.Length || (text[start] == '0' && start < text.Length - 1)) return 0;
        number = int.Parse(text[start..], System.Globalization.CultureInfo.InvariantCulture);
        return text.Length - start;
    }
}
