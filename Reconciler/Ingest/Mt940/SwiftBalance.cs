namespace Reconciler.Ingest.Mt940;

/// <summary>A balance field (:60F:, :60M:, :62F:, :62M:, :64:, :65:): <c>1!a6!n3!a15d</c>, signed by its D/C mark.</summary>
internal sealed record SwiftBalance(decimal Amount, DateOnly Date, string Currency, bool Clamped)
{
    /// <summary>The amount's deviation from 15d, when it had one whose meaning is plain.</summary>
    public AmountQuirk Quirk { get; init; }

    /// <summary>The line of the balance field.</summary>
    public int Line { get; init; }

    public static SwiftBalance? TryParse(string value, out string? error) => TryParse(value, "balance", out error);

    /// <summary>Reads the balance; <paramref name="name"/> ("closing balance") is how messages call it.</summary>
    public static SwiftBalance? TryParse(string value, string name, out string? error)
    {
        error = null;
        var s = value.Trim();
        if (s.Length < 11 || s[0] is not ('C' or 'D'))
        {
            error = $"'{s}' is not a balance (D/C mark, YYMMDD, currency, amount)";
            return null;
        }
        if (!SwiftValues.TryDate(s, 1, out var date, out var clamped))
        {
            error = $"'{s.Substring(1, 6)}' is not a date YYMMDD";
            return null;
        }
        var currency = s.Substring(7, 3);
        if (char.IsAsciiDigit(currency[0]))
        {
            // "C250101105,20": the amount follows the date at once. Which currency was meant is not ours to guess.
            error = $"the {name} has no currency: '{s[7..]}' follows the date where a three-letter currency code (EUR) must come first";
            return null;
        }
        if (!currency.All(char.IsAsciiLetterUpper))
        {
            error = $"'{currency}' is not an ISO 4217 currency code";
            return null;
        }
        if (!SwiftValues.TryAmount(s.AsSpan(10), out var amount, out var quirk, out error)) return null;
        return new SwiftBalance(s[0] == 'D' ? -amount : amount, date, currency, clamped) { Quirk = quirk };
    }
}
