using System.Globalization;

namespace Reconciler.Ingest.Nacha;

/// <summary>
/// One 94-character NACHA record (padded with blanks when the file trimmed it) and where it was read: a view over
/// the text being read, valid only while the record is handled. What must outlive it is read out of it then, or
/// kept as a <see cref="NachaKeptRecord"/> (batch headers and the file control).
/// </summary>
/// <remarks>A view rather than a string per record: the strings of a whole file, kept until its batches were built, were the reader's largest cost.</remarks>
internal readonly ref struct NachaRecord(ReadOnlySpan<char> text, int number, string unit)
{
    public ReadOnlySpan<char> Text { get; } = text;

    public int Number { get; } = number;

    public string Unit { get; } = unit;

    public char Type => Text[0];

    /// <summary>"line 7" (or "record 7" in a file without line breaks), made when a problem or an item needs it.</summary>
    public string Location => $"{Unit} {Number}";

    /// <summary>The field at 1-based positions <paramref name="from"/> to <paramref name="to"/>, inclusive, trimmed.</summary>
    public string Field(int from, int to)
    {
        var field = Span(from, to).Trim();
        return field.Length == 0 ? "" : field.ToString();
    }

    /// <summary>Whether the trimmed field is exactly <paramref name="value"/>, without making a string of it.</summary>
    public bool FieldIs(int from, int to, string value) => Span(from, to).Trim().SequenceEqual(value);

    /// <summary>The field at 1-based positions, untrimmed.</summary>
    public string Raw(int from, int to) => Span(from, to).ToString();

    /// <summary>An unsigned zero-filled numeric field; false when it holds anything but digits (blank included).</summary>
    public bool TryNumber(int from, int to, out decimal value)
    {
        value = 0m;
        var s = Span(from, to).Trim();
        if (s.Length == 0 || s.ContainsAnyExceptInRange('0', '9')) return false;
        // Up to 18 digits fit a long, and the decimal made from it is the one decimal.TryParse gives (scale 0).
        if (s.Length <= 18)
        {
            var digits = 0L;
            foreach (var c in s) digits = (digits * 10) + (c - '0');
            value = digits;
            return true;
        }
        return decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A YYMMDD date field (years 00-79 are 20xx).</summary>
    public bool TryDate(int from, int to, out DateOnly date)
    {
        date = default;
        var s = Field(from, to);
        if (s.Length != 6 || !s.All(char.IsAsciiDigit)) return false;
        var yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
        var year = yy < 80 ? 2000 + yy : 1900 + yy;
        return DateOnly.TryParseExact($"{year}{s[2..]}", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A copy that outlives the text being read.</summary>
    public NachaKeptRecord Keep() => new(Text.ToString(), Number, Unit);

    private ReadOnlySpan<char> Span(int from, int to) => Text.Slice(from - 1, to - from + 1);
}

/// <summary>A record kept past its reading (a batch header, the file control): its text as a string.</summary>
internal sealed record NachaKeptRecord(string Text, int Number, string Unit)
{
    public NachaRecord View => new(Text, Number, Unit);

    public string Location => $"{Unit} {Number}";
}
