using System.Globalization;

namespace Reconciler.Tools.Generate;

/// <summary>A bank credit an earlier night applied in full to one invoice (a return may come for it).</summary>
internal sealed record PaidCredit(int Statement, BankEntry Entry, GenInvoice Invoice);

/// <summary>A Stripe charge an earlier night applied to one invoice (a refund or dispute may come for it).</summary>
internal sealed record PaidCharge(string ChargeId, decimal Gross, GenInvoice Invoice);

/// <summary>An 835 claim payment an earlier night applied (a payer may recoup it).</summary>
internal sealed record PaidClaim(string PayerId, decimal Paid, GenInvoice Claim);

/// <summary>
/// What a series of nights carries from one night to the next: the billing system's book (each item's open amount as
/// billing would export it after posting what the nights applied, reopened and adjusted), the customers, the bank
/// balances, and a bounded memory of payments earlier nights applied, which later nights return, refund, dispute or
/// recoup. The night's effect on the book is read from its truth rows as they are written (what an ideal engine does).
/// </summary>
internal sealed class OpenBook
{
    private const int Remembered = 500;

    private readonly Dictionary<string, decimal> _reduced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _closed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (GenInvoice Item, decimal Amount)> _reopened = new(StringComparer.Ordinal);
    private readonly HashSet<string> _denied = new(StringComparer.Ordinal);
    private Dictionary<string, GenInvoice> _tonight = new(StringComparer.Ordinal);
    private int _nextInvoice, _nextClaim, _nextNote = 500001;

    public OpenBook(NightModel first)
    {
        CustomerNames = first.CustomerNames;
        _nextInvoice = 1 + first.Invoices.Where(i => !i.IsClaim).Select(i => Number(i.Number)).DefaultIfEmpty(100000).Max();
        _nextClaim = 1 + first.Invoices.Where(i => i.IsClaim).Select(i => Number(i.Number)).DefaultIfEmpty(2000000).Max();
    }

    public string[] CustomerNames { get; }

    /// <summary>The next night's export: what is still open (and the items billing lists as closed), plus what was issued.</summary>
    public List<GenInvoice> Items { get; private set; } = [];

    public List<GenInvoice> DeniedEarlier { get; private set; } = [];

    /// <summary>Closing balances of the BAI2, camt.053 and bank CSV statements (the next night's opening).</summary>
    public decimal[] Balances { get; } = [182_450.00m, 96_300.00m, 51_250.00m];

    public List<PaidCredit> Credits { get; } = [];
    public List<PaidCharge> Charges { get; } = [];
    public List<PaidClaim> Claims { get; } = [];

    /// <summary>Charges an earlier night refunded in part, with what they still have applied (a second refund may come).</summary>
    public List<PaidCharge> Refunded { get; } = [];

    /// <summary>Charges an earlier night disputed, to be won on a later night.</summary>
    public List<PaidCharge> Disputed { get; } = [];

    /// <summary>The invoices of <see cref="Disputed"/>: the night's scenarios leave them alone, so the won dispute finds them open.</summary>
    public IReadOnlySet<string> Held => Disputed.Select(d => d.Invoice.Number).ToHashSet(StringComparer.Ordinal);

    public void BeginNight(NightModel model)
    {
        _tonight = model.Invoices.ToDictionary(i => i.Number, StringComparer.Ordinal);
        _reduced.Clear();
        _closed.Clear();
        _reopened.Clear();
    }

    public GenInvoice? Find(string number) => _tonight.GetValueOrDefault(number);

    /// <summary>What a truth row does to the book, as an ideal engine (and billing posting its journal) would.</summary>
    public void Observe(Expected expected, decimal amount)
    {
        if (expected.Scenario == "claim_denied") { foreach (var i in expected.Invoices) _denied.Add(i); return; }
        if (expected.Invoices.Count == 0 || expected.Rule == "reversal") return; // reversals are booked by Reopen
        if (expected.Rule == "dispute_reversal") Reduce(expected.Invoices[0], expected.Applied ?? 0m);
        else if (expected.Category == "short_payment") Reduce(expected.Invoices[0], amount);
        else if (expected.Category is "" or "overpayment") foreach (var i in expected.Invoices) _closed.Add(i);
    }

    public void Reopen(GenInvoice invoice, decimal amount)
    {
        var before = _reopened.TryGetValue(invoice.Number, out var r) ? r.Amount : 0m;
        _reopened[invoice.Number] = (invoice, before + amount);
    }

    private void Reduce(string number, decimal amount) => _reduced[number] = _reduced.GetValueOrDefault(number) + amount;

    private readonly List<Action> _remembered = [];

    /// <summary>Remembers a payment for the nights after this one (a reversal plants an earlier night's payment).</summary>
    public void Remember<T>(List<T> memory, T paid) => _remembered.Add(() =>
    {
        memory.Add(paid);
        if (memory.Count > Remembered) memory.RemoveAt(0);
    });

    /// <summary>One remembered payment, taken out of memory (so it is undone once), or default.</summary>
    public static T? Take<T>(List<T> memory, Random random, Func<T, bool>? fits = null) where T : class
    {
        var candidates = Enumerable.Range(0, memory.Count).Where(i => fits is null || fits(memory[i])).ToList();
        if (candidates.Count == 0) return null;
        var at = candidates[random.Next(candidates.Count)];
        var taken = memory[at];
        memory.RemoveAt(at);
        return taken;
    }

    /// <summary>
    /// Closes the night: the next export lists every item with what it still owes (items paid in full leave it, items billing
    /// listed as closed stay at 0, reopened ones come back), then the items issued on <paramref name="asOf"/>: as many
    /// invoices and claims as the night closed, and a few credit notes.
    /// </summary>
    public void EndNight(NightModel model, Random random, DateOnly asOf)
    {
        var next = new List<GenInvoice>(model.Invoices.Count);
        int closedInvoices = 0, closedClaims = 0;
        foreach (var item in model.Invoices)
        {
            if (_closed.Contains(item.Number) && !_reopened.ContainsKey(item.Number))
            {
                if (item.IsClaim) closedClaims++; else closedInvoices++;
                continue;
            }
            var open = _closed.Contains(item.Number) ? 0m : item.Open;
            open += (_reopened.TryGetValue(item.Number, out var r) ? r.Amount : 0m) - _reduced.GetValueOrDefault(item.Number);
            _reopened.Remove(item.Number);
            if (open != 0m || item.Open == 0m) next.Add(item with { Open = open });
        }
        // Reopened items owe again: the day's billing makes up only the rest, so the book keeps its size over a month.
        closedInvoices -= _reopened.Values.Count(r => !r.Item.IsClaim);
        closedClaims -= _reopened.Values.Count(r => r.Item.IsClaim);
        foreach (var (item, amount) in _reopened.Values)
        {
            var open = amount - _reduced.GetValueOrDefault(item.Number);
            if (open != 0m) next.Add(item with { Open = open });
        }
        DeniedEarlier = next.Where(i => i.IsClaim && (_denied.Contains(i.Number) || DeniedEarlier.Any(d => d.Number == i.Number))).ToList();
        _denied.Clear();
        // Payments of any earlier night (the last Remembered of each kind) may be returned, refunded, disputed or recouped:
        // the engine reopens an invoice paid two nights back and gone from the export too.
        foreach (var remember in _remembered) remember();
        _remembered.Clear();
        Issue(next, random, asOf, Math.Max(0, closedInvoices), Math.Max(0, closedClaims));
        Items = next;
    }

    private void Issue(List<GenInvoice> next, Random random, DateOnly asOf, int invoices, int claims)
    {
        for (var i = 0; i < invoices; i++)
        {
            var customer = random.Next(CustomerNames.Length);
            var due = asOf.AddDays(NightModel.Terms[random.Next(NightModel.Terms.Length)]);
            var amount = NightModel.BusinessAmount(random);
            next.Add(new GenInvoice($"INV-{_nextInvoice++}", CustomerId(customer), CustomerNames[customer], asOf, due, amount, amount, IsClaim: false) { Customer = customer });
        }
        for (var i = 0; i < claims; i++)
        {
            var payer = Names.Payers[random.Next(Names.Payers.Length)];
            var charge = 80m + random.Next(2900) + random.Next(100) / 100m;
            next.Add(new GenInvoice($"CLM-{_nextClaim++}", payer.Id, payer.Name, asOf, asOf.AddDays(30), charge, charge, IsClaim: true));
        }
        // Credit notes for customers who owe something: a payment of their invoices less the note comes on a later night.
        var owing = next.Where(i => !i.IsClaim && i.Open > 0m && i.Customer >= 0).ToList();
        for (var n = 0; n < Math.Max(1, invoices / 300) && owing.Count > 0; n++)
        {
            var invoice = owing[random.Next(owing.Count)];
            var amount = Math.Max(5m, Math.Round(invoice.Open * (10 + random.Next(20)) / 100m, 2));
            next.Add(new GenInvoice($"CN-{_nextNote++}", invoice.CustomerId, invoice.CustomerName, asOf, asOf, -amount, -amount, IsClaim: false) { Customer = invoice.Customer });
        }
    }

    private static string CustomerId(int customer) => $"C{(customer + 1).ToString("D6", CultureInfo.InvariantCulture)}";

    private static int Number(string number) => int.Parse(number[(number.IndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
