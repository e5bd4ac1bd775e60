using System.Globalization;
using Reconciler.Ingest.Text;

namespace Reconciler.Ingest.X12;

/// <summary>X12 data types: R (decimal with an optional leading minus and point) and DT (CCYYMMDD).</summary>
internal static class X12Values
{
    private const int MaxAmountLength = 30;

    /// <summary>Reads an R value such as "-1008.1" or "945.00"; no grouping, no exponent, no spaces.</summary>
    public static bool TryAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = 0m;
        if (text.Length is 0 or > MaxAmountLength) return false;
        if (TryPlain(text, out amount)) return true;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>
    /// The usual amounts ("-1008.1", "945.00": an optional minus, at most 18 digits, one point) read without the general
    /// number parser, to the same value and scale decimal.TryParse gives; anything else (zero included, whose sign and
    /// scale are left to decimal.TryParse) is not read here.
    /// </summary>
    private static bool TryPlain(ReadOnlySpan<char> s, out decimal amount)
    {
        amount = 0m;
        var negative = s[0] == '-';
        if (negative) s = s[1..];
        var value = 0L;
        var digits = 0;
        var scale = -1;
        foreach (var c in s)
        {
            if (c == '.')
            {
                if (scale >= 0) return false;
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || ++digits > 18) return false;
            value = (value * 10) + (c - '0');
            if (scale >= 0) scale++;
        }
        if (value == 0) return false;
        amount = new decimal((int)value, (int)(value >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Reads a DT value, CCYYMMDD.</summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly date) =>
        NumericDate.TryParse(text, "yyyyMMdd", out date)
        || DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Money for messages: invariant, two decimals at least.</summary>
    public static string Show(decimal amount) => Rules.Model.Money.Format(amount);
}
