namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// Large files of the formats a generated night already has, written with the night's own writers
/// (<see cref="Bai2Writer"/>, <see cref="CamtWriter"/>, <see cref="BankCsvWriter"/>, <see cref="StripeWriter"/>,
/// <see cref="PayPalWriter"/>, <see cref="Era835Writer"/>, <see cref="OpenItemsWriter"/>) fed from a
/// <see cref="BenchEntries"/> stream. <c>units</c> is how many lines, items or claims to write.
/// </summary>
internal static class BenchFiles
{
    public static void Bai2(string path, long units, int seed) =>
        Bank(units, seed, (folder, name) => new Bai2Writer(folder, name, "4410029387", 182_450.00m, BenchEntries.CreatedAfter(units)), path);

    public static void Camt053(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        Bank(units, entries, (folder, name) => new CamtWriter(folder, name, "7718200456", 96_300.00m, BenchEntries.CreatedAfter(units), entries.Random), path);
    }

    public static void BankCsv(string path, long units, int seed) =>
        Bank(units, seed, (folder, name) => new BankCsvWriter(folder, name, "000987654321", 51_250.00m), path);

    private static void Bank(long units, int seed, Func<string, string, IBankWriter> open, string path) => Bank(units, new BenchEntries(seed), open, path);

    private static void Bank(long units, BenchEntries entries, Func<string, string, IBankWriter> open, string path)
    {
        using var writer = open(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path));
        for (long i = 0; i < units; i++) writer.Write(entries.Next());
        writer.Finish();
    }

    /// <summary>Stripe payouts of 40 rows (mostly invoice charges, a few refunds and disputes).</summary>
    public static void Stripe(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        using var writer = new StripeWriter(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path), entries.Random);
        for (long done = 0; done < units; done += 40)
        {
            var items = new List<StripeItem>();
            for (var i = 0; i < Math.Min(40, units - done); i++)
            {
                var roll = i == 0 ? 0 : entries.Random.Next(100);
                var amount = entries.Amount(20, 4000);
                items.Add(roll switch
                {
                    < 92 => new StripeItem("charge", amount, Fees.Card(amount), entries.Invoice(), entries.Company(), Expected.Apply("bench")),
                    < 97 => new StripeItem("refund", -amount / 10m, 0m, null, entries.Company(), Expected.Apply("bench")),
                    _ => new StripeItem("dispute", -amount / 10m, 15.00m, null, entries.Company(), Expected.Apply("bench")),
                });
            }
            writer.WritePayout(BenchEntries.DayOf(done), items);
        }
    }

    /// <summary>PayPal days of 100 payments, each day swept to the bank by a withdrawal.</summary>
    public static void PayPal(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        using var writer = new PayPalWriter(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path), entries.Random);
        for (long done = 0; done < units; done += 100)
        {
            var items = new List<PayPalItem>();
            for (var i = 0; i < Math.Min(100, units - done); i++)
            {
                var gross = entries.Amount(15, 2500);
                var invoice = entries.Random.Next(10) == 0 ? null : entries.Invoice();
                items.Add(new PayPalItem(gross, Fees.PayPal(gross), invoice, entries.Company(), Expected.Apply("bench")));
            }
            writer.WriteDay(BenchEntries.Start.AddDays((int)(done / 100)), items);
        }
    }

    public static void Era835(string path, long units, int seed) => Era835Claims.Write(path, units, seed);

    /// <summary>The canonical open-items CSV: one invoice per unit, a third of them partly paid.</summary>
    public static void OpenItems(string path, long units, int seed)
    {
        var entries = new BenchEntries(seed);
        var invoices = new List<GenInvoice>((int)units);
        for (var i = 0; i < units; i++)
        {
            var customer = entries.Random.Next(Names.CompanyCapacity);
            var issue = BenchEntries.Start.AddDays(-entries.Random.Next(120));
            var amount = entries.Amount(40, 25_000);
            var open = entries.Random.Next(3) == 0 ? Math.Round(amount / 2m, 2) : amount;
            invoices.Add(new GenInvoice($"INV-{100_000 + i}", $"C{customer:D6}", Names.Company(customer, Names.LegalForms[customer % Names.LegalForms.Length]),
                issue, issue.AddDays(30), amount, open, IsClaim: false));
        }
        OpenItemsWriter.Write(path, invoices);
    }
}
