using System.Diagnostics;

namespace Reconciler.Tools.Generate;

/// <summary>What a generation wrote.</summary>
public sealed record GenerateResult(string Inbox, string InvoicesFile, string TruthFile, int OpenItems, long BankLines, int TruthRows, IReadOnlyList<string> Files, TimeSpan Elapsed);

/// <summary>
/// Writes a night that <c>reconciler run</c> takes as it is: inbox files (BAI2, camt.053, bank CSV, Stripe,
/// X12 835, PayPal), the open items and the planted truth. Everything comes from one <see cref="Random"/>
/// seeded by the caller and is written as it is drawn (day by day, file by file), so a million bank lines
/// need no more memory than the open items. Statements cover the five days before the as-of date; a few old
/// unidentified receipts (31 to 45 days back) sit at the top of the bank CSV.
/// </summary>
public static class NightGenerator
{
    private const int StatementDays = 5;
    private const int StaleDays = 15;

    public static GenerateResult Generate(GenerateOptions options)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(options.Seed);
        var model = new NightModel(random, Math.Max(10, options.Invoices), options.Night);
        return Write(options.Out, options.Night, options.BankLines, random, model, null, watch);
    }

    /// <summary>
    /// Writes one night into <paramref name="folder"/>. Alone (<paramref name="book"/> null) its statements cover five days;
    /// as a night of a series (<see cref="NightSeriesGenerator"/>) they cover the day before the as-of date, open with the
    /// previous night's closing balances, and carry the series' planted cases (<see cref="SeriesPlants"/>).
    /// </summary>
    internal static GenerateResult Write(string folder, DateOnly asOf, int bankLinesWanted, Random random, NightModel model, OpenBook? book, Stopwatch watch,
        bool firstOfSeries = false)
    {
        var inbox = Path.Combine(folder, "inbox");
        Directory.CreateDirectory(inbox);
        var invoicesFile = Path.Combine(folder, "invoices.csv");
        OpenItemsWriter.Write(invoicesFile, model.Invoices);

        var stamp = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var truthFile = Path.Combine(folder, "truth.csv");
        using var truth = new TruthWriter(truthFile, series: book is not null) { Observer = book is null ? null : book.Observe };
        decimal[] balances = book?.Balances ?? [182_450.00m, 96_300.00m, 51_250.00m];
        using var bai2 = new Bai2Writer(inbox, $"firstus-bai2-{stamp}.bai", "4410029387", balances[0], asOf);
        using var camt = new CamtWriter(inbox, $"lakebank-camt053-{stamp}.xml", "7718200456", balances[1], asOf, random);
        using var csv = new BankCsvWriter(inbox, $"operating-{stamp}.csv", "000987654321", balances[2]);
        using var stripe = new StripeWriter(inbox, $"stripe-payout-reconciliation-{stamp}.csv", random, chargeIds: book is not null);
        using var era = new Era835Writer(inbox, $"era-{stamp}.835", asOf, random);
        using var paypal = new PayPalWriter(inbox, $"paypal-activity-{stamp}.csv", random);
        var night = new Night(random, model, truth, book);
        night.Claims.PayLater(model.DeniedEarlier); // a series: claims denied on earlier nights, paid (after an appeal) tonight

        var days = book is null ? StatementDays : 1;
        var bankLines = Math.Max(20, bankLinesWanted);
        var stale = book is null || firstOfSeries ? Math.Max(1, bankLines * 15 / 1000) : 0;
        var perDay = Math.Max(4, (bankLines - stale) / days);
        long written = 0;

        for (var back = StaleDays + 30; back > 30; back--)
        {
            var day = asOf.AddDays(-back);
            var count = stale / StaleDays + (back - 31 < stale % StaleDays ? 1 : 0);
            for (var i = 0; i < count; i++) written += night.Bank(csv, night.Scenarios.Stale(day));
        }

        IBankWriter[] statements = [bai2, camt, csv];
        int[] share = [30, 30, 40];
        var deferred = statements.Select(_ => new Queue<BankEntry>()).ToArray();
        for (var back = days; back >= 1; back--)
        {
            var day = asOf.AddDays(-back);
            DateOnly? later = back > 1 ? day.AddDays(1 + random.Next(back - 1)) : null;
            var deposits = night.Processors(day, perDay, stripe, paypal, era);
            foreach (var deposit in deposits) written += night.Bank(csv, deposit);
            var regular = Math.Max(3, perDay - deposits.Count);
            for (var f = 0; f < statements.Length; f++)
            {
                var queue = deferred[f];
                var waiting = queue.Count;
                for (var q = 0; q < waiting; q++)
                {
                    var entry = queue.Dequeue();
                    if (entry.Date == day) written += night.Bank(statements[f], entry);
                    else queue.Enqueue(entry);
                }
                var lines = regular * share[f] / 100;
                for (var i = 0; i < lines; i++)
                {
                    written += night.Bank(statements[f], night.Scenarios.Next(day, later, out var second), f);
                    if (second is not null) queue.Enqueue(second);
                }
                if (night.Plants is { } plants)
                    foreach (var planted in plants.Statement(f, day, perDay)) written += night.Bank(statements[f], planted, f);
            }
        }

        bai2.Finish();
        camt.Finish();
        csv.Finish();
        era.Finish();
        if (book is not null) (book.Balances[0], book.Balances[1], book.Balances[2]) = (bai2.Closing, camt.Closing, csv.Closing);
        var files = new[] { bai2.FileName, camt.FileName, csv.FileName, stripe.FileName, era.FileName, paypal.FileName };
        return new GenerateResult(inbox, invoicesFile, truthFile, model.Invoices.Count, written, truth.Rows, files, watch.Elapsed);
    }

    /// <summary>The night being drawn: scenarios, processor batches and the truth rows they leave.</summary>
    private sealed class Night
    {
        private readonly Random random;
        private readonly NightModel model;
        private readonly TruthWriter truth;

        public Night(Random random, NightModel model, TruthWriter truth, OpenBook? book)
        {
            (this.random, this.model, this.truth) = (random, model, truth);
            Scenarios = new(random, model);
            Plants = book is null ? null : new SeriesPlants(random, book, model, Scenarios);
            Claims = new(random, model, truth);
        }

        public Scenarios Scenarios { get; }

        /// <summary>The payers' 835 remittances and their claims (medical plants).</summary>
        public ClaimScenarios Claims { get; }

        /// <summary>A series' cross-night cases, or null for a night alone.</summary>
        public SeriesPlants? Plants { get; }

        /// <summary>Writes a line; a series remembers what the statement's exact payments paid (a later night may return one).</summary>
        public int Bank(IBankWriter writer, BankEntry entry, int statement = -1)
        {
            var reference = writer.Write(entry);
            if (entry.Expected is { } expected) truth.Write(writer.FileName, reference, entry.Amount, "USD", expected);
            if (statement >= 0) Plants?.Paid(statement, entry);
            return 1;
        }

        /// <summary>The day's Stripe payouts, PayPal withdrawal and 835 remittances; returns their bank deposits.</summary>
        public List<BankEntry> Processors(DateOnly day, int perDay, StripeWriter stripe, PayPalWriter paypal, Era835Writer era)
        {
            var deposits = new List<BankEntry>();
            var stripeItems = Math.Max(2, perDay * 6 / 100);
            for (var done = 0; done < stripeItems; done += 30)
            {
                var items = Enumerable.Range(0, Math.Min(30, stripeItems - done)).Select(i => StripeItem(i == 0)).ToList();
                if (done == 0 && Plants is not null) items.AddRange(Plants.Stripe(perDay, items.Sum(i => i.Net)));
                var (payout, amount, ids) = stripe.WritePayout(day, items);
                for (var i = 0; i < items.Count; i++) truth.Write(stripe.FileName, ids[i], items[i].Net, "USD", items[i].Expected);
                Plants?.Charged(items, stripe.LastSources);
                deposits.Add(new BankEntry(day, amount, EntryKind.ProcessorDeposit, "STRIPE", $"STRIPE TRANSFER ST-{Text.Token(random, 12)} {payout}", [],
                    new Expected([], "", "stripe_payout_deposit")));
            }

            var paypalItems = Enumerable.Range(0, Math.Max(2, perDay * 3 / 100)).Select(_ => PayPalItem()).ToList();
            var (withdrawal, withdrawn, paypalIds) = paypal.WriteDay(day, paypalItems);
            for (var i = 0; i < paypalItems.Count; i++) truth.Write(paypal.FileName, paypalIds[i], paypalItems[i].Net, "USD", paypalItems[i].Expected);
            deposits.Add(new BankEntry(day, withdrawn, EntryKind.ProcessorDeposit, "PAYPAL", $"PAYPAL INST XFER {withdrawal} NORTHCLINIC", [],
                new Expected([], "", "paypal_withdrawal_deposit")));

            deposits.AddRange(Claims.Remittances(day, Math.Max(3, perDay * 6 / 100), era, Plants));
            return deposits;
        }

        private StripeItem StripeItem(bool first)
        {
            var roll = first ? 0 : random.Next(100);
            if (roll < 90)
            {
                if (model.TakeInvoice() is { } invoice)
                    return new StripeItem("charge", invoice.Open, Fees.Card(invoice.Open), invoice.Number, invoice.CustomerName, Expected.Apply("stripe_card_payment", invoice.Number));
                roll = 99; // no open invoice left: a charge nobody can place
            }
            var who = Names.Strangers[random.Next(Names.Strangers.Length)];
            var amount = 20m + random.Next(800) + random.Next(100) / 100m;
            return roll switch
            {
                // A refund of a charge nobody can place: the engine reports it as a returned payment it found no original for.
                < 94 when !first => new StripeItem("refund", -amount, 0m, null, who, Plants is null ? new Expected([], "", "stripe_refund") : Expected.Flag("stripe_refund", "returned_payment")),
                < 97 when !first => new StripeItem("dispute", -amount, 15.00m, null, who, Expected.Flag("stripe_dispute", "returned_payment")),
                _ => new StripeItem("charge", amount, Fees.Card(amount), null, who, Expected.Flag("stripe_unknown_charge", "unmatched_payment")),
            };
        }

        private PayPalItem PayPalItem()
        {
            if (random.Next(100) < 92 && model.TakeInvoice() is { } invoice)
                return new PayPalItem(invoice.Open, Fees.PayPal(invoice.Open), invoice.Number, invoice.CustomerName, Expected.Apply("paypal_payment", invoice.Number));
            var who = Names.Strangers[random.Next(Names.Strangers.Length)];
            var amount = 15m + random.Next(600) + random.Next(100) / 100m;
            return new PayPalItem(amount, Fees.PayPal(amount), null, who, Expected.Flag("paypal_unknown_payment", "unmatched_payment"));
        }
    }
}
