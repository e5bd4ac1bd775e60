namespace Reconciler.Ingest.Mt940;

/// <summary>Format checks of the MT942 header fields that carry no money: <c>:34F:</c> floor limit and <c>:13D:</c> report time.</summary>
internal static class SwiftHeaderChecks
{
    /// <summary><c>:34F:</c> <c>3!a[1!a]15d</c>: currency, optional D/C, amount. Returns the currency, or null with an error.</summary>
    public static string? FloorLimit(string value, out string? error)
    {
        error = null;
        var s = value.Trim();
        if (s.Length < 4 || !s[..3].All(char.IsAsciiLetterUpper))
        {
            error = $"'{s}' is not a floor limit (currency, optional D/C, amount)";
            return null;
        }
        var p = s[3] is 'D' or 'C' ? 4 : 3;
        return SwiftValues.TryAmount(s.AsSpan(p), out _, out error) ? s[..3] : null;
    }

    /// <summary><c>:13D:</c> <c>6!n4!n1!x4!n</c>: YYMMDDHHMM and a UTC offset ±HHMM.</summary>
    public static bool ReportTime(string value, out string? error)
    {
        error = null;
        var s = value.Trim();
        var ok = s.Length == 15 && SwiftValues.TryDate(s, 0, out _, out _) && SwiftValues.Digits(s, 6, 4) && s[10] is '+' or '-'
            && SwiftValues.Digits(s, 11, 4) && SwiftValues.Number(s, 6, 2) < 24 && SwiftValues.Number(s, 8, 2) < 60;
        if (!ok) error = $"'{s}' is not a report date and time YYMMDDHHMM±HHMM";
        return ok;
    }
}
