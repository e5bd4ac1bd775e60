using Reconciler.Rules.Model;

namespace Reconciler.Rules.Books;

/// <summary>One currency's receivables at the start of a night: the previous closing, and what billing changed since.</summary>
public sealed record ArOpening(string Currency, decimal Opening, decimal Billing, decimal CreditNotes)
{
    /// <summary>
    /// From the night's open items (as the night starts from them) and the previous completed night's items with what
    /// each owed after that night (null on a ledger's first night: the opening is then the open items' total). An item
    /// whose amount moved is billing (a credit note when it is negative); an item gone from the export is billing too.
    /// </summary>
    public static IReadOnlyList<ArOpening> From(IReadOnlyList<OpenItem> tonight, IReadOnlyList<(string Invoice, string Currency, decimal OpenAfter)>? previous)
    {
        var figures = new SortedDictionary<string, (decimal Opening, decimal Billing, decimal Credit)>(StringComparer.Ordinal);
        void Add(string currency, decimal opening, decimal billing, decimal credit)
        {
            var f = figures.GetValueOrDefault(currency);
            figures[currency] = (f.Opening + opening, f.Billing + billing, f.Credit + credit);
        }
        if (previous is null)
        {
            foreach (var item in tonight) Add(item.Currency, item.OpenAmount, 0m, 0m);
            return figures.Select(kv => new ArOpening(kv.Key, kv.Value.Opening, 0m, 0m)).ToList();
        }
        var last = new Dictionary<string, (string Currency, decimal OpenAfter)>(previous.Count, StringComparer.Ordinal);
        foreach (var (invoice, currency, openAfter) in previous)
        {
            last[invoice] = (currency, openAfter);
            Add(currency, openAfter, 0m, 0m);
        }
        // An item whose currency changed left the old currency's receivables and came into the new one's.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in tonight)
        {
            var before = 0m;
            if (last.TryGetValue(item.InvoiceNumber, out var was) && was.Currency == item.Currency)
            {
                seen.Add(item.InvoiceNumber);
                before = was.OpenAfter;
            }
            var moved = item.OpenAmount - before;
            if (item.OpenAmount < 0m) Add(item.Currency, 0m, 0m, moved);
            else Add(item.Currency, 0m, moved, 0m);
        }
        foreach (var (invoice, currency, openAfter) in previous)
            if (!seen.Contains(invoice)) Add(currency, 0m, -openAfter, 0m);
        return figures.Select(kv => new ArOpening(kv.Key, kv.Value.Opening, kv.Value.Billing, kv.Value.Credit)).ToList();
    }
}
