using System.Globalization;

namespace Reconciler.Ingest.Mt940;

/// <summary>The SWIFT value formats: dates YYMMDD (Feb-30-style days clamped) and 15d amounts with a mandatory decimal comma.</summary>
internal static class SwiftValues
{
    /// <summary>Reads YYMMDD at <paramref name="start"/>; <paramref name="clamped"/> says a day past the month's end was moved to it.</summary>
    public static bool TryDate(string text, int start, out DateOnly date, out bool clamped)
    {
        date = default;
        clamped = false;
        if (!Digits(text, start, 6)) return false;
        var yy = Number(text, start, 2);
        var year = yy < 80 ? 2000 + yy : 1900 + yy;
        return TryMonthDay(year, Number(text, start + 2, 2), Number(text, start + 4, 2), out date, out clamped);
    }

    /// <summary>A month and day in <paramref name="year"/>; a day past the month's end (Feb 30, 30/360 style) is clamped.</summary>
    public static bool TryMonthDay(int year, int month, int day, out DateOnly date, out bool clamped)
    {
        date = default;
        clamped = false;
        if (month is < 1 or > 12 || day is < 1 or > 31) return false;
        var last = DateTime.DaysInMonth(year, month);
        if (day > last) { clamped = true; day = last; }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The booking date from an MMDD entry date: the year of the value date, or the next/previous one across the year end.</summary>
    public static bool TryEntryDate(DateOnly valueDate, int month, int day, out DateOnly date, out bool clamped)
    {
        if (!TryMonthDay(valueDate.Year, month, day, out date, out clamped)) return false;
        var gap = date.DayNumber - valueDate.DayNumber;
        if (gap > 180) return TryMonthDay(valueDate.Year - 1, month, day, out date, out clamped);
        if (gap < -180) return TryMonthDay(valueDate.Year + 1, month, day, out date, out clamped);
        return true;
    }

    /// <summary>A 15d amount: digits with a decimal comma ("1234,56", "9,", "000000001000,00"); no sign, no point.</summary>
    public static bool TryAmount(ReadOnlySpan<char> text, out decimal amount, out string? error)
    {
        if (!TryAmount(text, out amount, out var quirk, out error)) return false;
        if (quirk == AmountQuirk.None) return true;
        error = quirk == AmountQuirk.NoDecimalComma
            ? $"'{text.Trim()}' has no decimal comma (mandatory in a SWIFT amount)"
            : $"'{text.Trim()}' has a decimal point where SWIFT requires a decimal comma";
        return false;
    }

    /// <summary>
    /// A 15d amount, also in the two dialects whose meaning is plain (docs/formats.md): digits without any separator
    /// ("500", whole units) and a decimal point in place of the comma with at most two digits after it ("000000000500.00").
    /// <paramref name="quirk"/> says which deviation was read; the caller reports it. "1.234" stays an error: it could be
    /// a thousands point.
    /// </summary>
    public static bool TryAmount(ReadOnlySpan<char> text, out decimal amount, out AmountQuirk quirk, out string? error)
    {
        error = null;
        quirk = AmountQuirk.None;
        if (TryPlain(text, out amount)) return true;
        var s = text.Trim().ToString();
        var comma = s.IndexOf(',');
        if (s.Length == 0) { error = "the amount is missing"; return false; }
        if (s.Length > 28) { error = $"'{s}' has more digits than any real amount"; return false; }
        if (comma < 0) return TryDialect(s, out amount, out quirk, out error);
        if (comma != s.LastIndexOf(',') || comma == 0 || !s.Remove(comma, 1).All(char.IsAsciiDigit))
        {
            error = $"'{s}' is not a SWIFT amount (digits with one decimal comma)";
            return false;
        }
        var normal = s.Replace(',', '.');
        if (normal.EndsWith('.')) normal = normal[..^1];
        return decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>An amount without the decimal comma: whole units, or a decimal point followed by one or two digits.</summary>
    private static bool TryDialect(string s, out decimal amount, out AmountQuirk quirk, out string? error)
    {
        amount = 0m;
        quirk = AmountQuirk.None;
        error = null;
        var point = s.IndexOf('.');
        if (point < 0 && s.All(char.IsAsciiDigit))
        {
            quirk = AmountQuirk.NoDecimalComma;
            return decimal.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out amount);
        }
        if (point <= 0 || point != s.LastIndexOf('.') || !s.Remove(point, 1).All(char.IsAsciiDigit))
        {
            error = $"'{s}' is not a SWIFT amount (digits with one decimal comma)";
            return false;
        }
        var decimals = s.Length - point - 1;
        if (decimals is 0 or > 2)
        {
            error = $"'{s}' has a point where the decimal comma belongs, followed by {decimals} digit(s): it could be a decimal point or a "
                + "thousands point, so it is not read; ask the bank for amounts with a decimal comma";
            return false;
        }
        quirk = AmountQuirk.DecimalPoint;
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>
    /// The usual amount ("1234,56", "9,": digits, one comma, at most 18 digits, no blanks) read without the strings and
    /// the general number parser of the full check, to the same value and scale decimal.TryParse gives; anything else
    /// (blanks, zero, long or malformed amounts) is left to the full check and its messages.
    /// </summary>
    private static bool TryPlain(ReadOnlySpan<char> s, out decimal amount)
    {
        amount = 0m;
        var value = 0L;
        var digits = 0;
        var scale = -1;
        foreach (var c in s)
        {
            if (c == ',')
            {
                if (scale >= 0 || digits == 0) return false;
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || ++digits > 18) return false;
            value = (value * 10) + (c - '0');
            if (scale >= 0) scale++;
        }
        if (scale < 0 || value == 0) return false;
        amount = new decimal((int)value, (int)(value >> 32), 0, false, (byte)scale);
        return true;
    }

    public static bool Digits(string text, int start, int count)
    {
        if (start < 0 || start + count > text.Length) return false;
        for (var k = start; k < start + count; k++)
        {
            if (!char.IsAsciiDigit(text[k])) return false;
        }
        return true;
    }

    public static int Number(string text, int start, int count) =>
        int.Parse(text.AsSpan(start, count), NumberStyles.None, CultureInfo.InvariantCulture);
}
