namespace Reconciler.Tools.Generate;

/// <summary>What <c>reconciler generate</c> was asked for.</summary>
/// <param name="Out">The night's folder: inbox/, invoices.csv and truth.csv go there.</param>
/// <param name="Invoices">How many open items (business invoices and payer claims) to write.</param>
/// <param name="BankLines">About how many bank statement lines, over the BAI2, camt.053 and bank CSV files.</param>
/// <param name="Seed">The seed of the one <see cref="Random"/> everything is drawn from: same seed, same bytes.</param>
/// <param name="AsOf">The night's as-of date; statements cover the days before it.</param>
public sealed record GenerateOptions(string Out, int Invoices = 1000, int BankLines = 1000, int Seed = 1, DateOnly? AsOf = null)
{
    public static readonly DateOnly DefaultAsOf = new(2026, 11, 20);

    public DateOnly Night => AsOf ?? DefaultAsOf;
}
