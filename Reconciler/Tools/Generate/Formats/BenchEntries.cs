namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// An endless, seeded stream of realistic bank lines for the parse benchmark: customer payments by ACH, wire,
/// check and lockbox naming one to three invoices (or none), processor deposits, payroll, checks we wrote,
/// fees and returns, <see cref="PerDay"/> lines a day from <see cref="Start"/>. No truth: nothing is matched.
/// </summary>
internal sealed class BenchEntries(int seed)
{
    public const int PerDay = 500;

    public static readonly DateOnly Start = new(2026, 1, 5);

    private int _check = 20_400;
    private long _count;

    public Random Random { get; } = new(seed);

    /// <summary>The day the <paramref name="index"/>-th line (0-based) falls on.</summary>
    public static DateOnly DayOf(long index) => Start.AddDays((int)(index / PerDay));

    /// <summary>The day after the last of <paramref name="count"/> lines: when such a file would be created.</summary>
    public static DateOnly CreatedAfter(long count) => DayOf(Math.Max(0, count - 1)).AddDays(1);

    public string Company() => Names.Company(Random.Next(Names.CompanyCapacity), Names.LegalForms[Random.Next(Names.LegalForms.Length)]);

    public string Invoice() => "INV-" + Random.Next(100_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An amount in dollars and cents between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public decimal Amount(int from, int to) => Random.Next(from, to) + Random.Next(100) / 100m;

    public BankEntry Next()
    {
        var date = DayOf(_count++);
        var roll = Random.Next(100);
        if (roll < 70) return Payment(date);
        if (roll < 75)
        {
            var processor = Random.Next(2) == 0 ? "STRIPE" : "PAYPAL";
            return new BankEntry(date, Amount(500, 40_000), EntryKind.ProcessorDeposit, processor,
                $"{processor} TRANSFER {Text.Token(Random, 12)} NORTHCLINIC", [], null);
        }
        if (roll < 78) return new BankEntry(date, -Amount(50, 3000), EntryKind.Return, null, $"RETURN R01 INSUFFICIENT FUNDS DEPOSITED ITEM {++_check}", [], null);
        return Random.Next(4) switch
        {
            0 => new BankEntry(date, -Amount(1000, 20_000), EntryKind.AchDebit, "ADP", $"ACH DEBIT ADP PAYROLL {Random.Next(100_000, 999_999)}", [], null),
            1 => new BankEntry(date, -Amount(100, 3000), EntryKind.CheckPaid, null, $"CHECK {++_check}", [], null),
            2 => new BankEntry(date, -(15m + Random.Next(4) * 10m), EntryKind.Fee, null, "MONTHLY SERVICE FEE", [], null),
            _ => new BankEntry(date, -Amount(500, 9000), EntryKind.WireOut, "MEDLINE SUPPLY", "WIRE OUT MEDLINE SUPPLY", [], null),
        };
    }

    private BankEntry Payment(DateOnly date)
    {
        var payer = Company();
        var name = payer.ToUpperInvariant();
        var references = Enumerable.Range(0, Random.Next(10) switch { < 2 => 0, < 8 => 1, 8 => 2, _ => 3 }).Select(_ => Invoice()).ToList();
        var refs = string.Join(references.Count > 2 ? ", " : " ", references);
        var (kind, text) = Random.Next(10) switch
        {
            < 5 => (EntryKind.AchCredit, references.Count == 0 ? $"ACH CREDIT {name}" : $"ACH CREDIT {name} {refs}"),
            < 7 => (EntryKind.Wire, references.Count == 0 ? $"INCOMING WIRE {name} PAYMENT" : $"INCOMING WIRE {name} REF {refs}"),
            < 9 => (EntryKind.Check, $"CHECK DEPOSIT {++_check} {name} {refs}".TrimEnd()),
            _ => (EntryKind.Lockbox, $"LOCKBOX {name} {refs}".TrimEnd()),
        };
        return new BankEntry(date, Amount(40, 25_000), kind, payer, text, references, null);
    }
}
