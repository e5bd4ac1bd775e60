using System.Diagnostics;
using System.Globalization;

namespace Reconciler.Tools.Generate;

/// <summary>
/// Writes issue 20's plain night, the one an analyst's pandas script can also read: N canonical open items
/// (every one fully open) and an N-line bank CSV <c>Account,Date,Description,Amount,Balance</c> of credits only, in
/// which 90 % name their invoice (<c>INV-…</c>) and pay it exactly, 5 % name it and pay half, and 5 % name nothing
/// (money from a stranger). Each invoice is paid by at most one line, so about 5 % stay open for the aging. The
/// truth has one row per line (its key is the line number, as for the mixed night's bank CSV). Items are written
/// as they are drawn from one <see cref="Random"/>; only the amounts and customers are kept, so a million of each
/// needs a few tens of MB.
/// </summary>
public static class PlainNightGenerator
{
    public const int ExactPercent = 90;
    public const int HalfPercent = 5;
    private const int StatementDays = 5;
    private static readonly int[] Terms = [15, 30, 30, 30, 45, 60];

    /// <summary>The bank CSV's file name for a night of <paramref name="asOf"/> (inside inbox/).</summary>
    public static string BankFileName(DateOnly asOf) => $"bank-plain-{Text.Iso(asOf)}.csv";

    public static GenerateResult Generate(GenerateOptions options)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var asOf = options.Night;
        var count = Math.Max(1, options.Invoices);
        var lines = Math.Max(1, options.BankLines);
        var inbox = Path.Combine(options.Out, "inbox");
        Directory.CreateDirectory(inbox);

        var customers = Math.Clamp(count / 4, 1, Names.CompanyCapacity);
        var names = new string[customers];
        for (var c = 0; c < customers; c++) names[c] = Names.Company(c, Names.LegalForms[random.Next(Names.LegalForms.Length)]);

        var invoicesFile = Path.Combine(options.Out, "invoices.csv");
        var open = new decimal[count];
        var customerOf = new int[count];
        using (var w = Files.Create(invoicesFile))
        {
            w.Write("invoice_number,customer_id,customer_name,issue_date,due_date,currency,amount,open_amount\n");
            for (var i = 0; i < count; i++)
            {
                var customer = i < customers ? i : random.Next(customers);
                var issue = asOf.AddDays(-1 - random.Next(120));
                var amount = Amount(random);
                open[i] = amount;
                customerOf[i] = customer;
                w.Write(string.Join(',', Number(i), CustomerId(customer), Text.Csv(names[customer]), Text.Iso(issue),
                    Text.Iso(issue.AddDays(Terms[random.Next(Terms.Length)])), "USD", Text.Money(amount), Text.Money(amount)));
                w.Write('\n');
            }
        }

        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        var next = 0;
        var truthFile = Path.Combine(options.Out, "truth.csv");
        var bankName = BankFileName(asOf);
        using var truth = new TruthWriter(truthFile);
        using (var csv = new BankCsvWriter(inbox, bankName, "000987654321", 51_250.00m))
        {
            for (var line = 0; line < lines; line++)
            {
                var day = asOf.AddDays(-StatementDays + (int)((long)line * StatementDays / lines));
                var roll = random.Next(100);
                BankEntry entry;
                if (roll < ExactPercent + HalfPercent && next < count)
                {
                    var i = order[next++];
                    var name = names[customerOf[i]].ToUpperInvariant();
                    entry = roll < ExactPercent
                        ? new BankEntry(day, open[i], EntryKind.AchCredit, name, $"ACH CREDIT {name} {Number(i)}", [Number(i)], Expected.Apply("plain_exact", Number(i)))
                        : new BankEntry(day, Math.Round(open[i] / 2m, 2), EntryKind.AchCredit, name, $"ACH CREDIT {name} {Number(i)}", [Number(i)],
                            Expected.Flag("plain_half", "short_payment", Number(i)));
                }
                else
                {
                    var who = Names.Strangers[random.Next(Names.Strangers.Length)];
                    var amount = 20m + random.Next(5000) + random.Next(100) / 100m;
                    entry = new BankEntry(day, amount, EntryKind.AchCredit, who, $"ACH CREDIT {who}", [], Expected.Flag("plain_unidentified", "unmatched_receipt"));
                }
                var reference = csv.Write(entry);
                truth.Write(bankName, reference, entry.Amount, "USD", entry.Expected!);
            }
            csv.Finish();
        }
        return new GenerateResult(inbox, invoicesFile, truthFile, count, lines, truth.Rows, [bankName], watch.Elapsed);
    }

    private static string Number(int i) => "INV-" + (100_001 + i).ToString(CultureInfo.InvariantCulture);

    private static string CustomerId(int customer) => "C" + (customer + 1).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Many small, some large, always with cents (as the mixed night's business invoices).</summary>
    private static decimal Amount(Random random)
    {
        var band = random.Next(10);
        var whole = band < 5 ? 50 + random.Next(950) : band < 9 ? 1000 + random.Next(9000) : 10000 + random.Next(40000);
        return whole + random.Next(1, 100) / 100m;
    }
}
