namespace Reconciler.Tests.Books.Properties;

/// <summary>A generated case: the billing export's items and a few consecutive nights of events.</summary>
public sealed record BooksCase(int Seed, int Nights, IReadOnlyList<OpenItemSpec> Items, IReadOnlyList<NightEvent> Events)
{
    public static readonly DateOnly FirstNight = new(2026, 11, 20);

    public DateOnly AsOf(int night) => FirstNight.AddDays(night);

    public IEnumerable<NightEvent> On(int night) => Events.Where(e => e.Night == night);

    /// <summary>
    /// A case whose files can be written as the formats allow: an 835's payment (claims paid plus interest less
    /// recoupments) is never negative.
    /// </summary>
    public bool IsWritable => Enumerable.Range(0, Nights).All(n => Era835File.PaymentOf(On(n)) >= 0m);

    /// <summary>Smaller cases, the biggest cuts first: a night less (later nights move up one), an event less, an item less.</summary>
    public IEnumerable<BooksCase> Smaller()
    {
        for (var night = Nights - 1; night >= 0 && Nights > 1; night--)
        {
            var n = night;
            yield return this with
            {
                Nights = Nights - 1,
                Events = Events.Where(e => e.Night != n).Select(e => e.Night > n ? e with { Night = e.Night - 1 } : e).ToList(),
                Items = Items.Select(i => i.FirstNight > n ? i with { FirstNight = i.FirstNight - 1 } : i).ToList(),
            };
        }
        foreach (var e in Events)
            yield return this with { Events = Events.Where(x => x != e).ToList() };
        foreach (var i in Items)
            yield return this with { Items = Items.Where(x => x != i).ToList() };
    }

    public string Describe() =>
        $"case seed {Seed}, {Nights} night(s) from {FirstNight:yyyy-MM-dd}\n  items: {string.Join("; ", Items)}\n  events:\n    "
        + string.Join("\n    ", Events);
}
