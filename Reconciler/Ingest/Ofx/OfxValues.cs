using System.Runtime.CompilerServices;
using System.Globalization;

namespace Reconciler.Ingest.Ofx;

/// <summary>OFX values: dates <c>YYYYMMDD[HHMMSS[.XXX]][[±h[.mm]][:TZ]]</c> and signed decimal amounts, read from spans.</summary>
internal static class OfxValues
{
    /// <summary>The date as written (its first 8 characters), never shifted by the time or zone that follow it.</summary>
    public static bool TryDate(string? text, out DateOnly date, out string? error) => TryDate(text.AsSpan(), out date, out error);

    /// <inheritdoc cref="TryDate(string?, out DateOnly, out string?)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var s = text.Trim();
        if (s.Length == 0) { error = "the date is empty"; return false; }
        if (s.Length < 8 || !(TryDigits(s[..8], out date)
            || DateOnly.TryParseExact(s[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
        {
            error = $"'{s}' is not a date YYYYMMDD[HHMMSS][.XXX][[offset:TZ]]";
            return false;
        }
        return true;
    }

    /// <summary>Eight ASCII digits forming a real date: what "yyyyMMdd" accepts, without the general parser; anything else goes to it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryDigits(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        var year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        var month = ((s[4] - '0') * 10) + (s[5] - '0');
        var day = ((s[6] - '0') * 10) + (s[7] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A signed decimal with a point (or, tolerated, a comma): "-12.50", "+3", "12,50". Nothing else: "$120" is refused.</summary>
    public static bool TryAmount(string? text, out decimal amount, out string? error) => TryAmount(text.AsSpan(), out amount, out error);

    /// <inheritdoc cref="TryAmount(string?, out decimal, out string?)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryAmount(ReadOnlySpan<char> text, out decimal amount, out string? error)
    {
        amount = 0m;
        error = null;
        var s = text.Trim();
        if (s.Length == 0) { error = "the amount is empty"; return false; }
        var body = s[0] is '-' or '+' ? s[1..] : s;
        var separators = body.Count('.') + body.Count(',');
        if (body.Length == 0 || separators > 1 || body.ContainsAnyExcept(AmountCharacters) || !body.ContainsAnyInRange('0', '9') || body.Length > 28)
        {
            error = $"'{s}' is not an amount (a signed decimal such as -12.50)";
            return false;
        }
        Span<char> point = stackalloc char[28];
        body.CopyTo(point);
        point = point[..body.Length];
        point.Replace(',', '.');
        if (!decimal.TryParse(point, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            error = $"'{s}' is not an amount";
            return false;
        }
        if (s[0] == '-') amount = -amount;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AmountCharacters = System.Buffers.SearchValues.Create("0123456789.,");
}
