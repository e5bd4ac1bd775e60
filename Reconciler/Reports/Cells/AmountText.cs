using System.Globalization;

namespace Reconciler.Reports.Cells;

/// <summary>
/// Amounts and dates written into a span as the reports show them, without a string each: an amount as
/// <see cref="Rules.Model.Money.Format"/> does (plain decimal, trailing zeros dropped, at least two decimals), a date as yyyy-MM-dd.
/// </summary>
public static class AmountText
{
    /// <summary>Room for any decimal: a sign, 29 digits, "0." before a 28-digit fraction, or ".00" after an integer.</summary>
    public const int MaxLength = 40;

    public static int Format(decimal amount, Span<char> destination)
    {
        // The decimal's own digits keep its scale (12.3400); the zeros past the second decimal are then cut, which is
        // what Money.Format gets by dividing (normalising) first.
        amount.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture);
        var point = destination[..length].IndexOf('.');
        if (point < 0)
        {
            ".00".CopyTo(destination[length..]);
            return length + 3;
        }
        while (length - point - 1 > 2 && destination[length - 1] == '0') length--;
        if (length - point - 1 == 1) destination[length++] = '0';
        return length;
    }

    /// <summary>A date as yyyy-MM-dd (10 characters).</summary>
    public static int Format(DateOnly date, Span<char> destination)
    {
        Digits(date.Year, destination[..4]);
        destination[4] = '-';
        Digits(date.Month, destination.Slice(5, 2));
        destination[7] = '-';
        Digits(date.Day, destination.Slice(8, 2));
        return 10;
    }

    private static void Digits(int value, Span<char> destination)
    {
        for (var i = destination.Length - 1; i >= 0; i--, value /= 10) destination[i] = (char)('0' + value % 10);
    }
}
