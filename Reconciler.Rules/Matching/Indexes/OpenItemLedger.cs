using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The open items of one night with what each still owes, indexed by reference key. Applications made
/// during the night reduce the balances here, so a later payment sees what an earlier one settled.
/// </summary>
public sealed class OpenItemLedger
{
    // Keyed by invoice number, compared by reference key.
    private readonly Dictionary<string, OpenItem> _byKey = new(ReferenceKeyComparer.Instance);
    private readonly Dictionary<string, decimal> _open = new(StringComparer.Ordinal);

    public OpenItemLedger(IEnumerable<OpenItem> items)
    {
        if (items.TryGetNonEnumeratedCount(out var count))
        {
            _byKey.EnsureCapacity(count);
            _open.EnsureCapacity(count);
        }
        foreach (var item in items)
        {
            if (!TryIndex(item)) continue;
            _open[item.InvoiceNumber] = item.OpenAmount;
        }
    }

    // The lengths of the shortest and longest key in the ledger: a text's runs of atoms of other lengths are not looked up.
    private int _shortestKey = int.MaxValue;
    private int _longestKey;

    /// <summary>Indexes <paramref name="item"/> by its key; false when it has none or its key is taken.</summary>
    private bool TryIndex(OpenItem item)
    {
        // A number without letters or digits has no key; duplicates are reported by the loader.
        var length = ReferenceKeyComparer.KeyLength(item.InvoiceNumber);
        if (length == 0 || !_byKey.TryAdd(item.InvoiceNumber, item)) return false;
        (_shortestKey, _longestKey) = (Math.Min(_shortestKey, length), Math.Max(_longestKey, length));
        return true;
    }

    /// <summary>The items in invoice-number order.</summary>
    public IEnumerable<OpenItem> Items => _byKey.Values.OrderBy(i => i.InvoiceNumber, StringComparer.Ordinal);

    /// <summary>What <paramref name="item"/> still owes tonight.</summary>
    public decimal OpenAmount(OpenItem item) => _open[item.InvoiceNumber];

    /// <summary>The item whose reference key is <paramref name="key"/>, if any.</summary>
    public OpenItem? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The distinct items referenced anywhere in <paramref name="texts"/>, in order of first mention.</summary>
    public IReadOnlyList<OpenItem> FindReferenced(IEnumerable<string?> texts)
    {
        List<OpenItem>? found = null;
        foreach (var text in texts) FindReferenced(text, ref found);
        return found ?? [];
    }

    /// <summary>The distinct items <paramref name="cash"/> references, its reference field first, then its texts in order.</summary>
    internal IReadOnlyList<OpenItem> FindReferenced(CashCandidate cash)
    {
        // Most payments of a big night name no invoice: the list is made only when one is found.
        List<OpenItem>? found = null;
        FindReferenced(cash.InvoiceReference, ref found);
        for (var i = 0; i < cash.Texts.Count; i++) FindReferenced(cash.Texts[i], ref found);
        return found ?? [];
    }

    /// <summary>
    /// Looks every candidate key of one text up by span, so the millions of keys a big night tries allocate no
    /// strings (<see cref="ReferenceKey.AnyKey"/>).
    /// </summary>
    private void FindReferenced(string? text, ref List<OpenItem>? found)
    {
        if (string.IsNullOrEmpty(text)) return;
        var state = (Lookup: _byKey.GetAlternateLookup<ReadOnlySpan<char>>(), Found: found);
        ReferenceKey.AnyKey(text, _shortestKey, _longestKey, ref state, static (key, ref s) =>
        {
            if (s.Lookup.TryGetValue(key, out var item) && !(s.Found ??= []).Contains(item)) s.Found.Add(item);
            return false;
        });
        found = state.Found;
    }

    private CustomerIndex? _customers;
    private Dictionary<(string Currency, decimal Amount), List<OpenItem>>? _byAmount;

    /// <summary>Customers by name, built on first use.</summary>
    public CustomerIndex Customers => _customers ??= new CustomerIndex(_byKey.Values);

    /// <summary>
    /// The open items of one customer in one currency, oldest due date first, read lazily: a caller that needs the
    /// first few stops early. Each customer's list is sorted once per night (the order does not depend on balances),
    /// so a big customer costs a filter per payment, not a sort.
    /// </summary>
    public IEnumerable<OpenItem> OpenItemsOf(string customerId, string currency) =>
ItemsOf(customerId)
            .Where(i => i.Currency == currency && _open[i.InvoiceNumber] > 0m);

    /// <summary>
    /// The unused credit notes (negative balances) of one customer in one currency, oldest due date first: never
    /// offered to cash as if owed, only to rules that net them against invoices.
    /// </summary>
    public IEnumerable<OpenItem> CreditNotesOf(string customerId, string currency) =>
ItemsOf(customerId)
            .Where(i => i.Currency == currency && _open[i.InvoiceNumber] < 0m);

    /// <summary>
    /// The items that owe exactly <paramref name="amount"/> in <paramref name="currency"/> right now, in no particular
    /// order (callers that need one pick it by a rule that does not depend on order, or sort).
    /// </summary>
    public IEnumerable<OpenItem> OwingExactly(decimal amount, string currency) =>
        WithOpeningAmount(amount, currency).Where(i => _open[i.InvoiceNumber] == amount);

    /// <summary>
    /// The first <paramref name="most"/> items, in no particular order, that owe exactly <paramref name="amount"/> in
    /// <paramref name="currency"/> right now and that <paramref name="fits"/> accepts (given <paramref name="state"/>, so a
    /// static lambda will do). A loop, not a query: rules ask it for most payments of a night.
    /// </summary>
    public List<OpenItem> OwingExactly<TState>(decimal amount, string currency, TState state, Func<OpenItem, TState, bool> fits, int most)
    {
        var found = new List<OpenItem>(most);
        foreach (var item in WithOpeningAmount(amount, currency))
        {
            if (_open[item.InvoiceNumber] != amount || !fits(item, state)) continue;
            found.Add(item);
            if (found.Count == most) break;
        }
        return found;
    }

    /// <summary>The open items of one customer in one currency that owe exactly <paramref name="amount"/> now, oldest due date first.</summary>
    public List<OpenItem> OpenItemsOwing(string customerId, string currency, decimal amount)
    {
        var found = new List<OpenItem>();
        foreach (var item in ItemsOf(customerId))
            if (item.Currency == currency && _open[item.InvoiceNumber] == amount && amount > 0m) found.Add(item);
        return found;
    }

    // Indexed by the starting open amount; an item paid since then is filtered by its current balance.
    private List<OpenItem> WithOpeningAmount(decimal amount, string currency) =>
        (_byAmount ??= ByAmount(_byKey.Values)).GetValueOrDefault((currency, amount)) ?? NoItems;

    private static readonly List<OpenItem> NoItems = [];

    private static Dictionary<(string Currency, decimal Amount), List<OpenItem>> ByAmount(IEnumerable<OpenItem> items)
    {
        var byAmount = new Dictionary<(string Currency, decimal Amount), List<OpenItem>>(items.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var item in items)
        {
            // Nearly every amount is one item's: a list's first add would give it four slots.
            if (!byAmount.TryGetValue((item.Currency, item.OpenAmount), out var list)) byAmount[(item.Currency, item.OpenAmount)] = list = new(1);
            list.Add(item);
        }
        return byAmount;
    }

    private Dictionary<string, List<OpenItem>>? _byCustomer;

    private List<OpenItem> ItemsOf(string customerId) => (_byCustomer ??= ByCustomer(_byKey.Values)).GetValueOrDefault(customerId) ?? NoItems;

    private static Dictionary<string, List<OpenItem>> ByCustomer(IEnumerable<OpenItem> items)
    {
        var byCustomer = new Dictionary<string, List<OpenItem>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byCustomer.TryGetValue(item.CustomerId, out var list)) byCustomer[item.CustomerId] = list = [];
            list.Add(item);
        }
        // Due date, then number: no two items share a number, so the order is total and any sort gives it.
        foreach (var list in byCustomer.Values) list.Sort(DueOrder);
        return byCustomer;
    }

    /// <summary>
    /// Adds an item the night creates (a claim's patient item); false when its number is already known. It joins the amount
    /// and customer indexes already built (rebuilding them per created item made a big night's claims quadratic); the
    /// index of customer names is left as it is, so a patient is found by name from the next night on.
    /// </summary>
    public bool Add(OpenItem item)
    {
        if (!TryIndex(item)) return false;
        _open[item.InvoiceNumber] = item.OpenAmount;
        if (_byAmount is not null)
        {
            if (!_byAmount.TryGetValue((item.Currency, item.OpenAmount), out var same)) _byAmount[(item.Currency, item.OpenAmount)] = same = new(1);
            same.Add(item);
        }
        if (_byCustomer is not null)
        {
            if (!_byCustomer.TryGetValue(item.CustomerId, out var ofCustomer)) _byCustomer[item.CustomerId] = ofCustomer = [];
            var at = ofCustomer.FindIndex(i => DueOrder(item, i) < 0);
            ofCustomer.Insert(at < 0 ? ofCustomer.Count : at, item);
        }
        Version++;
        return true;
    }

    /// <summary>A customer's items in the order <see cref="ItemsOf"/> keeps: due date, then number.</summary>
    private static int DueOrder(OpenItem a, OpenItem b) =>
        a.DueDate.CompareTo(b.DueDate) is var c and not 0 ? c : string.CompareOrdinal(a.InvoiceNumber, b.InvoiceNumber);

    /// <summary>Reduces what <paramref name="item"/> owes by <paramref name="amount"/>.</summary>
    public void Apply(OpenItem item, decimal amount)
    {
        _open[item.InvoiceNumber] -= amount;
        Version++;
    }

    /// <summary>Counts the changes to balances, so what was worked out from them can tell it is out of date.</summary>
    public int Version { get; private set; }
}
