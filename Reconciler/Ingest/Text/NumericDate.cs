namespace Reconciler.Ingest.Text;

/// <summary>
/// A fast path for the all-digit date formats (yyyy, MM, dd, M, d between '-', '/' or '.'), which the framework's
/// general parser reads about ten times slower. It only ever says yes for text the framework reads the same way:
/// yyyy, MM and dd take exactly that many ASCII digits, M and d one or two (greedily, as the framework does), the
/// separators must match, nothing may follow, and the date must exist. Anything else (two-digit years, times,
/// month names, quoted literals, a value that does not fit) answers false, and the caller asks the framework.
/// </summary>
internal static class NumericDate
{
    public static bool TryParse(ReadOnlySpan<char> s, string format, out DateOnly date)
    {
        date = default;
        int year = 0, month = 0, day = 0, at = 0;
        for (var f = 0; f < format.Length;)
        {
            var c = format[f];
            var run = 1;
            while (f + run < format.Length && format[f + run] == c) run++;
            f += run;
            if (c is '-' or '/' or '.')
            {
                for (var k = 0; k < run; k++, at++)
                {
                    if (at >= s.Length || s[at] != c) return false;
                }
                continue;
            }

            var (min, max) = (c, run) switch
            {
                ('y', 4) => (4, 4),
                ('M' or 'd', 2) => (2, 2),
                ('M' or 'd', 1) => (1, 2),
                _ => (0, 0),
            };
            if (max == 0) return false;
            var value = 0;
            var digits = 0;
            while (digits < max && at < s.Length && char.IsAsciiDigit(s[at]))
            {
                value = value * 10 + (s[at] - '0');
                at++;
                digits++;
            }
            if (digits < min) return false;
            if (c == 'y') year = value;
            else if (c == 'M') month = value;
            else day = value;
        }
        if (at != s.Length || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
