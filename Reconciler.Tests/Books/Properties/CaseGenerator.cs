namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// A small random case from a seed: a few invoices in USD and EUR, a credit note, a few claims, and 2-4 consecutive
/// nights of 2-5 events each, drawn from every kind of money the books must take (see <see cref="EventKind"/>).
/// </summary>
public static class CaseGenerator
{
    private static readonly (string Id, string Name, string Currency)[] Customers =
    [
        ("C-ACME", "ACME MANUFACTURING", "USD"), ("C-GLOBEX", "GLOBEX LOGISTICS", "USD"), ("C-INITECH", "INITECH LLC", "USD"),
        ("C-NORDIC", "NORDIC HEALTH AB", "EUR"), ("C-FJORD", "FJORD MEDICAL AS", "EUR"),
    ];

    private static readonly EventKind[] Drawn =
    [
        EventKind.ExactPayment, EventKind.ExactPayment, EventKind.ShortPayment, EventKind.OverPayment, EventKind.PartPayment, EventKind.ExactPayment,
        EventKind.LessCreditNote, EventKind.Unidentified, EventKind.CardFeePayment, EventKind.BankReturn, EventKind.StripeCharge, EventKind.StripeCharge,
        EventKind.StripeRefund, EventKind.StripeRefund, EventKind.StripeSecondRefund, EventKind.StripeSecondRefund, EventKind.StripeDispute, EventKind.StripeDispute, EventKind.StripeDisputeWon, EventKind.StripeDisputeWon,
        EventKind.ClaimPaid, EventKind.ClaimPaid, EventKind.ClaimDenied, EventKind.PlbInterest, EventKind.PlbRecoupment, EventKind.PlbRecoupment,
    ];

    // A case in four also tells a story across its nights, so that every run has many of them: charges refunded in part
    // and disputed, a card-fee payment and a payment short within tolerance on the first night; a second refund, a won
    // dispute and returns of those payments on the last.
    private static readonly EventKind[] StoryFirst =
        [EventKind.StripeCharge, EventKind.StripeRefund, EventKind.StripeCharge, EventKind.StripeDispute, EventKind.CardFeePayment, EventKind.ShortPayment];

    private static readonly EventKind[] StoryLast = [EventKind.StripeSecondRefund, EventKind.StripeDisputeWon, EventKind.BankReturn, EventKind.BankReturn];

    public static BooksCase Generate(int seed)
    {
        var random = new Random(seed);
        var items = Items(random);
        var nights = random.Next(2, 5);
        var story = random.Next(4) == 0;
        var events = new List<NightEvent>();
        for (var night = 0; night < nights; night++)
        {
            var count = random.Next(2, 6);
            // Recoupments last: the night's 835 may not pay out less than nothing, so they take back from what it pays.
            var drawn = Enumerable.Range(0, count).Select(_ => Drawn[random.Next(Drawn.Length)]);
            if (story && night == 0) drawn = StoryFirst.Concat(drawn);
            if (story && night == nights - 1) drawn = drawn.Concat(StoryLast);
            var kinds = drawn.OrderBy(k => k == EventKind.PlbRecoupment).ToList();
            var draw = new NightDraw(random, items.Where(i => i.FirstNight <= night).ToList(), events, night) { Story = story };
            foreach (var kind in kinds) draw.Add(kind);
            // The night's payouts reach the bank, most nights.
            if (events.Any(e => e.Night == night && e.IsStripeRow) && random.Next(4) > 0)
                events.Add(new NightEvent(events.Count + 1, night, EventKind.StripePayoutDeposit, "USD", 0m, []));
            if (events.Any(e => e.Night == night && (e.IsClaim || e.IsPlb)) && random.Next(4) > 0)
                events.Add(new NightEvent(events.Count + 1, night, EventKind.EraDeposit, "USD", 0m, []));
        }
        return new BooksCase(seed, nights, items, events);
    }

    private static List<OpenItemSpec> Items(Random random)
    {
        var items = new List<OpenItemSpec>();
        var invoices = random.Next(3, 7);
        for (var k = 0; k < invoices; k++)
        {
            var (id, name, currency) = Customers[random.Next(Customers.Length)];
            // Most items are in the first night's export; some are billed on a later night.
            items.Add(new OpenItemSpec($"INV-{1001 + k}", id, name, currency, Money(random, 80m, 2500m), random.Next(5) == 0 ? 1 : 0));
        }
        var holder = items.Where(i => i.Currency == "USD").Select(i => i.Customer).FirstOrDefault() ?? "C-ACME";
        var holderName = Customers.First(c => c.Id == holder).Name;
        items.Add(new OpenItemSpec("CN-5001", holder, holderName, "USD", -Money(random, 10m, 60m), 0));
        var claims = random.Next(2, 4);
        for (var k = 0; k < claims; k++)
            items.Add(new OpenItemSpec($"CLM-{24001 + k}", "P-AETNA", "AETNA", "USD", Money(random, 90m, 900m), 0));
        return items;
    }

    public static decimal Money(Random random, decimal from, decimal to) => from + Math.Round((to - from) * (decimal)random.NextDouble(), 2);
}
