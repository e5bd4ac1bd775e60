using System.Globalization;

namespace Reconciler.Ingest.Bai2;

/// <summary>BAI2 dates are YYMMDD; years 00-79 are 20xx, 80-99 are 19xx.</summary>
internal static class Bai2Date
{
    public static bool TryParse(string field, out DateOnly date)
    {
        date = default;
        var s = field.Trim();
        if (s.Length != 6 || !s.All(char.IsAsciiDigit)) return false;
        var yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
        var year = yy < 80 ? 2000 + yy : 1900 + yy;
        return DateOnly.TryParseExact($"{year}{s[2..]}", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
