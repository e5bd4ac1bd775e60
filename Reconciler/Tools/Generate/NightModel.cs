namespace Reconciler.Tools.Generate;

/// <summary>One open item of the night: a business invoice or a payer claim.</summary>
internal sealed record GenInvoice(string Number, string CustomerId, string CustomerName, DateOnly Issue, DateOnly Due, decimal Amount, decimal Open, bool IsClaim)
{
    public int Customer { get; init; } = -1;

    /// <summary>For a claim: the secondary payer billing's export names (<c>secondary_payer_id</c>), or null.</summary>
    public string? SecondaryPayerId { get; init; }

    /// <summary>A credit note: a negative open item the customer may use against invoices.</summary>
    public bool IsCreditNote => Open < 0m;
}

/// <summary>
/// The scenario model: customers and payers, their open items, and the pools payments draw from. Each open
/// item is paid by at most one planted scenario (the duplicate scenario pays its invoice twice on purpose);
/// what no scenario draws stays open for the aging report.
/// </summary>
internal sealed class NightModel
{
    private readonly Random _random;
    private readonly List<int>[] _byCustomer;
    private readonly bool[] _taken;
    private readonly int[] _businessOrder;
    private readonly int[] _claimOrder;
    private readonly int[] _closedOrder;
    private int _businessNext;
    private int _claimNext;
    private int _closedNext;

    public NightModel(Random random, int openItems, DateOnly asOf)
    {
        _random = random;
        AsOf = asOf;
        var claims = Math.Max(3, openItems / 4);
        var business = Math.Max(6, openItems - claims);
        var closed = Math.Max(1, business / 50);
        var customers = Math.Clamp(business / 4, 3, Names.CompanyCapacity);
        CustomerNames = new string[customers];
        _byCustomer = new List<int>[customers];
        for (var c = 0; c < customers; c++)
        {
            CustomerNames[c] = Names.Company(c, Names.LegalForms[random.Next(Names.LegalForms.Length)]);
            _byCustomer[c] = [];
        }

        var next = 100001;
        for (var i = 0; i < business; i++)
        {
            var customer = i < customers ? i : random.Next(customers);
            var issue = asOf.AddDays(-1 - random.Next(120));
            var amount = BusinessAmount();
            var isClosed = i >= business - closed;
            var open = isClosed ? 0m : random.Next(20) == 0 ? Math.Round(amount * (0.3m + (decimal)random.Next(60) / 100m), 2) : amount;
            _byCustomer[customer].Add(Invoices.Count);
            Invoices.Add(new GenInvoice($"INV-{next++}", $"C{customer + 1:D6}", CustomerNames[customer], issue,
                issue.AddDays(Terms[random.Next(Terms.Length)]), amount, open, IsClaim: false) { Customer = customer });
        }
        var claimNumber = 2000001;
        for (var i = 0; i < claims; i++)
        {
            var payer = Names.Payers[random.Next(Names.Payers.Length)];
            var issue = asOf.AddDays(-1 - random.Next(120));
            var charge = 80m + random.Next(2900) + random.Next(100) / 100m;
            // One claim in eight has a secondary payer (by its number, so no draw moves the rest of the night).
            var secondary = claimNumber % 8 == 5 ? ClaimScenarios.Supplemental.Id : null;
            Invoices.Add(new GenInvoice($"CLM-{claimNumber++}", payer.Id, payer.Name, issue, issue.AddDays(30), charge, charge, IsClaim: true)
            { SecondaryPayerId = secondary });
        }

        _taken = new bool[Invoices.Count];
        _businessOrder = Shuffled(Enumerable.Range(0, business).Where(i => Invoices[i].Open > 0m));
        _closedOrder = Shuffled(Enumerable.Range(0, business).Where(i => Invoices[i].Open == 0m));
        _claimOrder = Shuffled(Enumerable.Range(business, claims));
        _creditOrder = [];
    }

    /// <summary>
    /// A later night of a series: the book's items as billing exports them after the nights before (what those nights
    /// paid taken off, new invoices, claims and credit notes added); claims denied earlier stay open but are not paid by
    /// the ordinary scenarios (<see cref="DeniedEarlier"/>).
    /// </summary>
    public NightModel(Random random, OpenBook book, DateOnly asOf, NightModel? previous = null)
    {
        SecondaryDue = previous?.SecondaryTomorrow ?? [];
        SecondaryPaidEarlier = previous?.SecondaryPaidTonight ?? [];
        _random = random;
        AsOf = asOf;
        CustomerNames = book.CustomerNames;
        _byCustomer = new List<int>[CustomerNames.Length];
        for (var c = 0; c < _byCustomer.Length; c++) _byCustomer[c] = [];
        Invoices.AddRange(book.Items);
        for (var i = 0; i < Invoices.Count; i++)
            if (Invoices[i].Customer >= 0) _byCustomer[Invoices[i].Customer].Add(i);
        DeniedEarlier = book.DeniedEarlier;
        var denied = book.DeniedEarlier.Select(d => d.Number).ToHashSet(StringComparer.Ordinal);
        _taken = new bool[Invoices.Count];
        // Items a series plant keeps for a later night (a dispute to be won then): no scenario pays them first.
        var held = book.Held;
        for (var i = 0; i < Invoices.Count; i++) _taken[i] = held.Contains(Invoices[i].Number);
        var all = Enumerable.Range(0, Invoices.Count).ToList();
        _businessOrder = Shuffled(all.Where(i => !Invoices[i].IsClaim && Invoices[i].Open > 0m));
        _closedOrder = Shuffled(all.Where(i => !Invoices[i].IsClaim && Invoices[i].Open == 0m));
        _claimOrder = Shuffled(all.Where(i => Invoices[i].IsClaim && Invoices[i].Open > 0m && !denied.Contains(Invoices[i].Number)));
        _creditOrder = Shuffled(all.Where(i => Invoices[i].IsCreditNote));
    }

    /// <summary>In a series: the claims whose primary payer paid tonight, with what it left to the secondary payer, whose 835 comes the next night.</summary>
    public List<(GenInvoice Claim, decimal Owed)> SecondaryTomorrow { get; } = [];

    /// <summary>In a series: the secondary payer's payments due tonight (the claims the night before's primary payers paid).</summary>
    public IReadOnlyList<(GenInvoice Claim, decimal Owed)> SecondaryDue { get; } = [];

    /// <summary>In a series: the secondary payer's later payments tonight (the next night may reverse one and correct it).</summary>
    public List<EraClaim> SecondaryPaidTonight { get; } = [];

    /// <summary>In a series: the secondary payer's later payments of the night before.</summary>
    public IReadOnlyList<EraClaim> SecondaryPaidEarlier { get; } = [];

    /// <summary>Claims denied on earlier nights that are still open (a later night may see them paid).</summary>
    public IReadOnlyList<GenInvoice> DeniedEarlier { get; } = [];

    private readonly int[] _creditOrder;
    private int _creditNext;

    /// <summary>
    /// A credit note and one or two open invoices of its customer that together owe more than it, all taken (a payment of
    /// the invoices less the note), or null.
    /// </summary>
    public (GenInvoice Note, List<GenInvoice> Invoices)? TakeWithCredit()
    {
        while (_creditNext < _creditOrder.Length)
        {
            var n = _creditOrder[_creditNext++];
            var note = Invoices[n];
            var others = _byCustomer[note.Customer].Where(i => !_taken[i] && Invoices[i].Open > 0m).Take(1 + _random.Next(2)).ToList();
            if (others.Count == 0 || others.Sum(i => Invoices[i].Open) <= -note.Open) continue;
            _taken[n] = true;
            foreach (var o in others) _taken[o] = true;
            return (note, others.Select(o => Invoices[o]).ToList());
        }
        return null;
    }

    public static readonly int[] Terms = [15, 30, 30, 30, 45, 60];

    public DateOnly AsOf { get; }
    public string[] CustomerNames { get; }
    public List<GenInvoice> Invoices { get; } = [];

    /// <summary>A varied invoice amount: many small, some large, always with cents.</summary>
    private decimal BusinessAmount() => BusinessAmount(_random);

    public static decimal BusinessAmount(Random random)
    {
        var band = random.Next(10);
        var whole = band < 5 ? 50 + random.Next(950) : band < 9 ? 1000 + random.Next(9000) : 10000 + random.Next(40000);
        return whole + random.Next(1, 100) / 100m;
    }

    private int[] Shuffled(IEnumerable<int> items)
    {
        var array = items.ToArray();
        _random.Shuffle(array);
        return array;
    }

    /// <summary>The next unpaid open business invoice, or null when all are spoken for.</summary>
    public GenInvoice? TakeInvoice() => _released.Count > 0 ? _released.Dequeue() : DrawNew();

    private GenInvoice? DrawNew()
    {
        while (_businessNext < _businessOrder.Length)
        {
            var i = _businessOrder[_businessNext++];
            if (_taken[i]) continue;
            _taken[i] = true;
            return Invoices[i];
        }
        return null;
    }

    /// <summary>Two or three open invoices of one customer (for multi-reference and combination payments), or null.</summary>
    public List<GenInvoice>? TakeGroup(int count)
    {
        for (var attempts = 0; attempts < 5; attempts++)
        {
            var first = DrawNew();
            if (first is null) return null;
            var others = _byCustomer[first.Customer].Where(i => !_taken[i] && Invoices[i].Open > 0m).Take(count - 1).ToList();
            if (others.Count == count - 1)
            {
                foreach (var o in others) _taken[o] = true;
                return [first, .. others.Select(o => Invoices[o])];
            }
            Release(first);
        }
        return null;
    }

    /// <summary>A claim not yet paid, or null.</summary>
    public GenInvoice? TakeClaim()
    {
        while (_claimNext < _claimOrder.Length)
        {
            var i = _claimOrder[_claimNext++];
            if (_taken[i]) continue;
            _taken[i] = true;
            return Invoices[i];
        }
        return null;
    }

    /// <summary>A closed invoice (listed with nothing open), or null.</summary>
    public GenInvoice? TakeClosed() => _closedNext < _closedOrder.Length ? Invoices[_closedOrder[_closedNext++]] : null;

    // A first invoice put back stays taken (it was drawn) but is freed for single-invoice scenarios later.
    private readonly Queue<GenInvoice> _released = new();

    private void Release(GenInvoice invoice) => _released.Enqueue(invoice);
}
