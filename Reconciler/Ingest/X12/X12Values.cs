using System.Globalization;

namespace Reconciler.Ingest.X12;

/// <summary>X12 data types: R (decimal with an optional leading minus and point) and DT (CCYYMMDD).</summary>
internal static class X12Values
{
    private const int MaxAmountLength = 30;

    /// <summary>Reads an R value such as "-1008.1" or "945.00"; no grouping, no exponent, no spaces.</summary>
    public static bool TryAmount(string text, out decimal amount)
    {
        amount = 0m;
        if (text.Length is 0 or > MaxAmountLength) return false;
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>Reads a DT value, CCYYMMDD.</summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Money for messages: invariant, two decimals at least.</summary>
    public static string Show(decimal amount) => Rules.Model.Money.Format(amount);
}
