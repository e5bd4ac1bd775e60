using System.Globalization;

namespace Reconciler.Ingest.Ofx;

/// <summary>OFX values: dates <c>YYYYMMDD[HHMMSS[.XXX]][[±h[.mm]][:TZ]]</c> and signed decimal amounts.</summary>
internal static class OfxValues
{
    /// <summary>The date as written (its first 8 characters), never shifted by the time or zone that follow it.</summary>
    public static bool TryDate(string? text, out DateOnly date, out string? error)
    {
        date = default;
        error = null;
        var s = (text ?? "").Trim();
        if (s.Length == 0) { error = "the date is empty"; return false; }
        if (s.Length < 8 || !DateOnly.TryParseExact(s[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"'{s}' is not a date YYYYMMDD[HHMMSS][.XXX][[offset:TZ]]";
            return false;
        }
        return true;
    }

    /// <summary>A signed decimal with a point (or, tolerated, a comma): "-12.50", "+3", "12,50". Nothing else: "$120" is refused.</summary>
    public static bool TryAmount(string? text, out decimal amount, out string? error)
    {
        amount = 0m;
        error = null;
        var s = (text ?? "").Trim();
        if (s.Length == 0) { error = "the amount is empty"; return false; }
        var body = s[0] is '-' or '+' ? s[1..] : s;
        var separators = body.Count(c => c is '.' or ',');
        if (body.Length == 0 || separators > 1 || !body.All(c => char.IsAsciiDigit(c) || c is '.' or ',') || !body.Any(char.IsAsciiDigit) || body.Length > 28)
        {
            error = $"'{s}' is not an amount (a signed decimal such as -12.50)";
            return false;
        }
        if (!decimal.TryParse(body.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            error = $"'{s}' is not an amount";
            return false;
        }
        if (s[0] == '-') amount = -amount;
        return true;
    }
}
