using System.Globalization;

namespace Reconciler.Rules.Model;

/// <summary>An exact amount in one currency. Arithmetic across currencies refuses rather than guesses.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    /// <summary>The amount with its sign reversed.</summary>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Rounds to the currency's minor unit, half away from zero (the usual banking rule).</summary>
    public Money RoundToMinorUnit() =>
        new(Math.Round(Amount, CurrencyInfo.MinorUnits(Currency), MidpointRounding.AwayFromZero), Currency);

    /// <summary>The amount as a plain invariant decimal followed by the currency code.</summary>
    public override string ToString() => $"{Format(Amount)} {Currency}";

    /// <summary>Formats an amount the way every report writes it: invariant, at least two decimals, no grouping.</summary>
    public static string Format(decimal amount)
    {
        var normalized = amount / 1.000000000000000000000000000000000m; // drops trailing zeros
        return normalized.Scale >= 2
            ? normalized.ToString(CultureInfo.InvariantCulture)
            : normalized.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static string SameCurrency(Money left, Money right) =>
        string.Equals(left.Currency, right.Currency, StringComparison.Ordinal)
            ? left.Currency
            : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
