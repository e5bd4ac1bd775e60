using Reconciler.Rules.Model;
using System.Runtime.CompilerServices;

namespace Reconciler.Ingest.Bai2;

/// <summary>BAI2 amounts: digits with no decimal point, an optional sign; the currency sets the implied decimals.</summary>
internal static class Bai2Amount
{
    /// <summary>Reads the raw integer (minor units). Empty means defaulted: true with null.</summary>
    public static bool TryParseRaw(string field, out decimal? raw, out bool signed) => TryParseRaw(field.AsSpan(), out raw, out signed);

    /// <inheritdoc cref="TryParseRaw(string, out decimal?, out bool)"/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseRaw(ReadOnlySpan<char> field, out decimal? raw, out bool signed)
    {
        raw = null;
        signed = false;
        var s = field.Trim();
        if (s.Length == 0) return true;
        var negative = false;
        if (s[0] is '+' or '-')
        {
            signed = true;
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length == 0 || s.Length > 24 || s.ContainsAnyExceptInRange('0', '9')) return false;
        // Up to 18 digits fit a long exactly, and the decimal made from it equals the one decimal.Parse gives (scale 0).
        var value = s.Length <= 18 ? Digits(s) : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        raw = negative ? -value : value;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Digits(ReadOnlySpan<char> digits)
    {
        var value = 0L;
        foreach (var c in digits) value = (value * 10) + (c - '0');
        return value;
    }

    /// <summary>The raw integer in units of <paramref name="currency"/> (ISO 4217 minor units).</summary>
    public static decimal Scale(decimal raw, string currency) => Scale(raw, CurrencyInfo.MinorUnits(currency));

    /// <summary>The raw integer divided by 10 to the power <paramref name="units"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static decimal Scale(decimal raw, int units)
    {
        // Fast path for what the reader makes (a whole, non-zero number of scale 0 that fits a long): the quotient
        // built directly, with the trailing zeros dropped as decimal division drops them (12300 / 100 is 123,
        // not 123.00), so the value and its printed form are those of the division. Decimal division is slow.
        if (raw.Scale == 0 && raw != 0m && units is > 0 and <= 18 && raw >= long.MinValue + 1 && raw <= long.MaxValue)
        {
            var whole = (long)raw;
            var magnitude = (ulong)Math.Abs(whole);
            var scale = units;
            while (scale > 0 && magnitude % 10 == 0)
            {
                magnitude /= 10;
                scale--;
            }
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, whole < 0, (byte)scale);
        }
        var divisor = 1m;
        for (var i = 0; i < units; i++) divisor *= 10m;
        return raw / divisor;
    }
}
