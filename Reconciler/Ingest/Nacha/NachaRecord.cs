using System.Globalization;

namespace Reconciler.Ingest.Nacha;

/// <summary>One 94-character NACHA record (padded with blanks when the file trimmed it) and where it was read.</summary>
internal sealed record NachaRecord(string Text, int Number, string Location)
{
    public char Type => Text[0];

    /// <summary>The field at 1-based positions <paramref name="from"/> to <paramref name="to"/>, inclusive, trimmed.</summary>
    public string Field(int from, int to) => Raw(from, to).Trim();

    /// <summary>The field at 1-based positions, untrimmed.</summary>
    public string Raw(int from, int to) => Text.Substring(from - 1, to - from + 1);

    /// <summary>An unsigned zero-filled numeric field; false when it holds anything but digits (blank included).</summary>
    public bool TryNumber(int from, int to, out decimal value)
    {
        value = 0m;
        var s = Field(from, to);
        return s.Length > 0 && s.All(char.IsAsciiDigit)
            && decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
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
}
