namespace Reconciler.Ingest.Bai2;

/// <summary>BAI2 dates are YYMMDD; years 00-79 are 20xx, 80-99 are 19xx.</summary>
internal static class Bai2Date
{
    public static bool TryParse(string field, out DateOnly date) => TryParse(field.AsSpan(), out date);

    /// <summary>The same, on the field's characters: the digits are checked and the date made without a string.</summary>
    public static bool TryParse(ReadOnlySpan<char> field, out DateOnly date)
    {
        date = default;
        var s = field.Trim();
        if (s.Length != 6 || s.ContainsAnyExceptInRange('0', '9')) return false;
        var yy = Digits(s[0..2]);
        var year = yy < 80 ? 2000 + yy : 1900 + yy;
        var (month, day) = (Digits(s[2..4]), Digits(s[4..6]));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Digits(ReadOnlySpan<char> two) => ((two[0] - '0') * 10) + (two[1] - '0');
}
