using System.Globalization;

namespace Reconciler.Tests.Books.Properties;

/// <summary>A row of the billing export; it appears in the export from <paramref name="FirstNight"/> on (billed later).</summary>
public sealed record OpenItemSpec(string Number, string Customer, string Name, string Currency, decimal Amount, int FirstNight)
{
    public bool IsCreditNote => Amount < 0m;

    public bool IsClaim => Number.StartsWith("CLM-", StringComparison.Ordinal);

    public string CsvRow() => string.Create(CultureInfo.InvariantCulture,
        $"{Number},{Customer},{Name},2026-10-01,2026-10-31,{Currency},{Amount:0.00},{Amount:0.00}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Number} {Customer} {Currency} {Amount:0.00} (from night {FirstNight})");
}
