namespace Reconciler.Storage;

/// <summary>
/// Amounts in the database are integers of ten-thousandths (the same scale as SQL Server's DECIMAL(19,4)):
/// exact, summable in SQL, and never REAL.
/// </summary>
public static class Fixed4
{
    public const int Decimals = 4;
    private const decimal Scale = 10_000m;

    /// <summary>Whether <paramref name="amount"/> fits the store without losing a digit.</summary>
    public static bool Fits(decimal amount) =>
        decimal.Round(amount, Decimals) == amount && Math.Abs(amount) < 900_000_000_000_000m;

    public static long ToStore(decimal amount) =>
        Fits(amount) ? (long)(amount * Scale) : throw new ArgumentOutOfRangeException(nameof(amount), amount, "amount does not fit 4 decimals");

    public static decimal FromStore(long value) => value / Scale;

    public static object? ToStore(decimal? amount) => amount is { } a ? ToStore(a) : null;
}
