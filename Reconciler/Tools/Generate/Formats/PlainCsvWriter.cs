namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// The parse benchmark's yardstick: a plain 10-column CSV (header, comma-separated, no quoting needed) of the kind
/// PACKAGES.md timed CsvHelper on, one payment-like row per unit.
/// </summary>
internal static class PlainCsvWriter
{
    public static void Write(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        using var w = Files.Create(path);
        w.Write("id,date,customer_id,customer_name,email,invoice_number,amount,currency,status,reference\n");
        for (long i = 0; i < units; i++)
        {
            var customer = entries.Random.Next(Names.CompanyCapacity);
            var name = Names.Company(customer, "LLC");
            w.Write(string.Join(',', Text.Int(1_000_000 + i), Text.Iso(BenchEntries.DayOf(i)), $"C{customer:D6}", name,
                name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() + "@example.com", entries.Invoice(), Text.Money(entries.Amount(40, 25_000)),
                "USD", entries.Random.Next(10) == 0 ? "pending" : "settled", Text.Token(entries.Random, 16)));
            w.Write('\n');
        }
    }
}
