namespace Reconciler.Tools.Generate;

/// <summary>
/// The payment scenarios of the bank statements, mixed the way a receivables team sees them: most customers
/// pay one invoice exactly and name it; some name several, pay by name only, pay a combination, pay short,
/// over, twice, a few cents short, net of a card fee; some money is not ours to identify, some pays a closed
/// invoice, some comes back (R01). Each scenario returns the bank line with what an ideal engine would do.
/// </summary>
internal sealed class Scenarios(Random random, NightModel model)
{
    public const string Duplicate = "duplicate_payment";

    private int _checkNumber = 10400;

    /// <summary>A customer's payment or other bank line for <paramref name="date"/>; a duplicate's second payment is handed back to queue.</summary>
    public BankEntry Next(DateOnly date, DateOnly? later, out BankEntry? deferred)
    {
        deferred = null;
        var roll = random.Next(1000);
        BankEntry? entry = roll switch
        {
            < 50 => Multiple(date),
            < 110 => NameOnly(date),
            < 150 => Combination(date),
            < 180 => Partial(date, over: false),
            < 200 => Partial(date, over: true),
            < 220 when later is { } second => Twice(date, second, out deferred),
            < 250 => Tolerance(date),
            < 280 => CardFee(date),
            < 320 => Unidentified(date, stale: false),
            < 340 => Closed(date),
            < 355 => Return(date),
            < 415 => Outgoing(date),
            _ => Exact(date),
        };
        return entry ?? Unidentified(date, stale: false);
    }

    public BankEntry Stale(DateOnly date) => Unidentified(date, stale: true);

    private BankEntry? Exact(DateOnly date)
    {
        if (model.TakeInvoice() is not { } invoice) return null;
        var reference = Spell(invoice.Number);
        return Credit(date, invoice.Open, invoice.CustomerName, [reference], Expected.Apply("reference_exact", invoice.Number));
    }

    private BankEntry? Multiple(DateOnly date)
    {
        if (model.TakeGroup(2 + random.Next(2)) is not { } group) return null;
        var references = group.Select(i => Spell(i.Number)).ToList();
        return Credit(date, group.Sum(i => i.Open), group[0].CustomerName, references, Expected.Apply("reference_multiple", [.. group.Select(i => i.Number)]));
    }

    private BankEntry? NameOnly(DateOnly date)
    {
        if (model.TakeInvoice() is not { } invoice) return null;
        return Credit(date, invoice.Open, Payer(invoice.CustomerName, typos: true), [], Expected.Apply("name_amount", invoice.Number));
    }

    private BankEntry? Combination(DateOnly date)
    {
        if (model.TakeGroup(2 + random.Next(2)) is not { } group) return null;
        return Credit(date, group.Sum(i => i.Open), Payer(group[0].CustomerName, typos: false), [], Expected.Apply("name_combination", [.. group.Select(i => i.Number)]));
    }

    private BankEntry? Partial(DateOnly date, bool over)
    {
        if (model.TakeInvoice() is not { } invoice) return null;
        var difference = Math.Max(1.5m, Math.Round(invoice.Open * (10 + random.Next(30)) / 100m, 2));
        if (!over && difference >= invoice.Open) difference = Math.Round(invoice.Open / 2m, 2);
        var amount = over ? invoice.Open + difference : invoice.Open - difference;
        return over
            ? Credit(date, amount, invoice.CustomerName, [Spell(invoice.Number)], Expected.Flag("overpayment", "overpayment", invoice.Number))
            : Credit(date, amount, invoice.CustomerName, [Spell(invoice.Number)], Expected.Flag("short_payment", "short_payment", invoice.Number));
    }

    private BankEntry? Twice(DateOnly date, DateOnly later, out BankEntry? second)
    {
        second = null;
        if (model.TakeInvoice() is not { } invoice) return null;
        second = Credit(later, invoice.Open, invoice.CustomerName, [Spell(invoice.Number)], Expected.Flag(Duplicate, "duplicate_payment"));
        return Credit(date, invoice.Open, invoice.CustomerName, [Spell(invoice.Number)], Expected.Apply("duplicate_first", invoice.Number));
    }

    private BankEntry? Tolerance(DateOnly date)
    {
        if (model.TakeInvoice() is not { } invoice) return null;
        var amount = invoice.Open - random.Next(1, 100) / 100m;
        return Credit(date, amount, invoice.CustomerName, [Spell(invoice.Number)], Expected.Apply("short_within_tolerance", invoice.Number));
    }

    private BankEntry? CardFee(DateOnly date)
    {
        if (model.TakeInvoice() is not { } invoice) return null;
        var amount = invoice.Open - Fees.Card(invoice.Open);
        return Credit(date, amount, invoice.CustomerName, [Spell(invoice.Number)], Expected.Apply("card_fee_short", invoice.Number));
    }

    private BankEntry? Closed(DateOnly date)
    {
        if (model.TakeClosed() is not { } invoice) return null;
        return Credit(date, invoice.Amount, invoice.CustomerName, [Spell(invoice.Number)], Expected.Flag("closed_invoice", "closed_invoice_payment"));
    }

    private BankEntry Unidentified(DateOnly date, bool stale)
    {
        var who = Names.Strangers[random.Next(Names.Strangers.Length)];
        var amount = 20m + random.Next(5000) + random.Next(100) / 100m;
        var (kind, text) = random.Next(3) switch
        {
            0 => (EntryKind.AchCredit, $"ACH CREDIT {who}"),
            1 => (EntryKind.Check, $"MOBILE DEPOSIT CHECK {++_checkNumber}"),
            _ => (EntryKind.Wire, $"INCOMING WIRE {who}"),
        };
        var expected = stale ? Expected.Flag("stale_unidentified", "stale_unapplied_cash") : Expected.Flag("unidentified", "unmatched_receipt");
        return new BankEntry(date, amount, kind, kind == EntryKind.Check ? null : who, text, [], expected);
    }

    private BankEntry Return(DateOnly date)
    {
        var amount = 50m + random.Next(3000) + random.Next(100) / 100m;
        var text = $"RETURN R01 INSUFFICIENT FUNDS DEPOSITED ITEM {++_checkNumber}";
        return new BankEntry(date, -amount, EntryKind.Return, null, text, [], Expected.Flag("returned_item", "returned_payment"));
    }

    /// <summary>Money going out that is no payment: payroll, supplies, checks we wrote, bank fees. No truth row.</summary>
    private BankEntry Outgoing(DateOnly date) => random.Next(4) switch
    {
        0 => new BankEntry(date, -(1000m + random.Next(20000)), EntryKind.AchDebit, "ADP", $"ACH DEBIT ADP PAYROLL {random.Next(100000, 999999)}", [], null),
        1 => new BankEntry(date, -(100m + random.Next(3000) + random.Next(100) / 100m), EntryKind.CheckPaid, null, $"CHECK {++_checkNumber}", [], null),
        2 => new BankEntry(date, -(15m + random.Next(4) * 10m), EntryKind.Fee, null, "MONTHLY SERVICE FEE", [], null),
        _ => new BankEntry(date, -(500m + random.Next(9000) + random.Next(100) / 100m), EntryKind.WireOut, "MEDLINE SUPPLY", "WIRE OUT MEDLINE SUPPLY", [], null),
    };

    public BankEntry Credit(DateOnly date, decimal amount, string payer, IReadOnlyList<string> references, Expected expected)
    {
        var name = payer.ToUpperInvariant();
        var refs = string.Join(references.Count > 2 ? ", " : " ", references);
        var (kind, text) = random.Next(10) switch
        {
            < 5 => (EntryKind.AchCredit, references.Count == 0 ? $"ACH CREDIT {name}" : $"ACH CREDIT {name} {refs}"),
            < 7 => (EntryKind.Wire, references.Count == 0 ? $"INCOMING WIRE {name} PAYMENT" : $"INCOMING WIRE {name} REF {refs}"),
            < 9 => (EntryKind.Check, references.Count == 0 ? $"CHECK DEPOSIT {++_checkNumber} {name}" : $"CHECK DEPOSIT {++_checkNumber} {name} {refs}"),
            _ => (EntryKind.Lockbox, references.Count == 0 ? $"LOCKBOX {name}" : $"LOCKBOX {name} {refs}"),
        };
        return new BankEntry(date, amount, kind, payer, text, references, expected);
    }

    public string Payer(string name, bool typos) => typos && random.Next(4) == 0 ? Names.WithTypo(name, random) : name;

    /// <summary>An invoice number as payers write it: INV-1001, INV 1001, inv1001, INV#1001, Inv.1001.</summary>
    public string Spell(string number)
    {
        var digits = number[(number.IndexOf('-') + 1)..];
        return random.Next(10) switch
        {
            < 5 => number,
            < 7 => "INV " + digits,
            7 => "inv" + digits,
            8 => "INV#" + digits,
            _ => "Inv." + digits,
        };
    }
}

/// <summary>Card processor fees: 2.9% + 0.30 (cards, Stripe) and 3.49% + 0.49 (PayPal).</summary>
internal static class Fees
{
    public static decimal Card(decimal gross) => Math.Round(gross * 0.029m + 0.30m, 2, MidpointRounding.AwayFromZero);

    public static decimal PayPal(decimal gross) => Math.Round(gross * 0.0349m + 0.49m, 2, MidpointRounding.AwayFromZero);
}
