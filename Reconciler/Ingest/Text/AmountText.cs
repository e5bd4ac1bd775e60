using System.Globalization;

namespace Reconciler.Ingest.Text;

/// <summary>
/// Parses the amounts banks write: decimal point or comma, grouping by '.', ',', space, no-break or thin
/// space or apostrophe, a sign in front or behind, the Unicode minus, parentheses for negatives, and a
/// currency symbol or code around it. Exact: the result is a decimal, never a double.
/// </summary>
public static class AmountText
{
    private const string CurrencySymbols = "$€£¥";

    /// <summary>Parses <paramref name="text"/>; <paramref name="decimalComma"/> null means decide per value.</summary>
    public static bool TryParse(string? text, bool? decimalComma, out decimal amount, out string? error) =>
        TryParse((text ?? "").AsSpan(), decimalComma, out amount, out error);

    /// <summary>
    /// The same, on a field's characters: readers parse straight from the CSV buffer, and a string is made only
    /// for the error message of a value that is not an amount.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool? decimalComma, out decimal amount, out string? error)
    {
        amount = 0m;
        error = null;
        var s = text.Trim();
        if (s.Length == 0) { error = "is empty"; return false; }
        // The usual cell ("-1234.56") is read at once, to what the long way gives it; grouping, a sign behind, symbols
        // and a decimal comma (where "1.234" is a thousand) go the long way.
        if (decimalComma != true && PlainDecimal.TryParse(s, allowMinus: true, out amount)) return true;

        var negative = false;
        if (s[0] == '(' && s[^1] == ')') { negative = true; s = s[1..^1].Trim(); }
        s = StripCurrency(s);
        if (s.EndsWith('-') || s.EndsWith('\u2212')) { negative = !negative; s = s[..^1].Trim(); }
        else if (s.StartsWith('-') || s.StartsWith('\u2212')) { negative = !negative; s = s[1..].Trim(); }
        else if (s.StartsWith('+')) s = s[1..].Trim();
        else if (s.EndsWith('+')) s = s[..^1].Trim();
        s = StripCurrency(s);

        // The digits (and one '.') collected for decimal.TryParse; never longer than the value itself.
        Span<char> digits = s.Length <= 64 ? stackalloc char[64] : new char[s.Length];
        var count = 0;
        var separator = DecimalSeparator(s, decimalComma);
        var groupLength = -1; // digits since the last grouping character; -1 before the first one
        var seenDecimal = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
                if (groupLength >= 0 && !seenDecimal) groupLength++;
            }
            else if (c == separator && !seenDecimal)
            {
                if (groupLength is >= 0 and not 3) { error = $"'{text}' has digits grouped wrongly"; return false; }
                digits[count++] = '.';
                seenDecimal = true;
            }
            else if (!seenDecimal && c is '.' or ',' or ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'')
            {
                // A grouping character: thousands come in threes ("1,234,567"), so "1,00.0" is not an amount.
                if (groupLength is >= 0 and not 3 || count == 0) { error = $"'{text}' has digits grouped wrongly"; return false; }
                groupLength = 0;
            }
            else { error = $"'{text}' is not an amount"; return false; }
        }
        if (!seenDecimal && groupLength is >= 0 and not 3) { error = $"'{text}' has digits grouped wrongly"; return false; }

        var number = digits[..count];
        if (count == 0 || number is ".") { error = $"'{text}' is not an amount"; return false; }
        if (count > 28) { error = $"'{text}' has more digits than any real amount"; return false; }
        if (!PlainDecimal.TryParse(number, allowMinus: false, out amount)
            && !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            error = $"'{text}' is not an amount";
            return false;
        }
        if (negative) amount = -amount;
        return true;
    }

    private static char DecimalSeparator(ReadOnlySpan<char> s, bool? decimalComma)
    {
        if (decimalComma is { } comma) return comma ? ',' : '.';
        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
        if (lastComma >= 0)
        {
            // "12,50" or "1234,5" is a decimal comma; "1,234" or "1,234,567" is US grouping.
            var decimals = s.Length - lastComma - 1;
            return decimals == 3 && lastComma > 0 ? '.' : ',';
        }
        return '.';
    }

    private static ReadOnlySpan<char> StripCurrency(ReadOnlySpan<char> s)
    {
        s = s.Trim().TrimStart(CurrencySymbols).TrimEnd(CurrencySymbols).Trim();
        if (s.Length > 4 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]) && s[3] == ' ')
            s = s[4..];
        if (s.Length > 4 && char.IsAsciiLetterUpper(s[^1]) && char.IsAsciiLetterUpper(s[^2]) && char.IsAsciiLetterUpper(s[^3]) && s[^4] == ' ')
            s = s[..^4];
        return s.Trim();
    }
}
