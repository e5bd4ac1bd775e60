using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Bai2;

/// <summary>BAI2 amounts: digits with no decimal point, an optional sign; the currency sets the implied decimals.</summary>
internal static class Bai2Amount
{
    /// <summary>Reads the raw integer (minor units). Empty means defaulted: true with null.</summary>
    public static bool TryParseRaw(string field, out decimal? raw, out bool signed)
    {
        raw = null;
        signed = false;
        var s = field.AsSpan().Trim();
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

    private static long Digits(ReadOnlySpan<char> digits)
    {
        var value = 0L;
        foreach (var c in digits) value = (value * 10) + (c - '0');
        return value;
    }

    /// <summary>The raw integer in units of <paramref name="currency"/> (ISO 4217 minor units).</summary>
    public static decimal Scale(decimal raw, string currency)
    {
        var units = CurrencyInfo.MinorUnits(currency);
        var divisor = 1m;
        for (var i = 0; i < units; i++) divisor *= 10m;
        return raw / divisor;
    }
}
