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
        // One running total per currency (a night has one or two), found once per item.
        var figures = new Dictionary<string, Figures>(StringComparer.Ordinal);
        Figures Of(string currency)
        {
            if (!figures.TryGetValue(currency, out var f)) figures[currency] = f = new Figures();
            return f;
        }
        IReadOnlyList<ArOpening> Openings() => figures.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ArOpening(kv.Key, kv.Value.Opening, kv.Value.Billing, kv.Value.Credit)).ToList();
        if (previous is null)
        {
            foreach (var item in tonight) Of(item.Currency).Opening += item.OpenAmount;
            return Openings();
        }
        var last = new Dictionary<string, (string Currency, decimal OpenAfter)>(previous.Count, StringComparer.Ordinal);
        foreach (var (invoice, currency, openAfter) in previous)
        {
            last[invoice] = (currency, openAfter);
            Of(currency).Opening += openAfter;
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
            if (item.OpenAmount < 0m) Of(item.Currency).Credit += moved;
            else Of(item.Currency).Billing += moved;
        }
        foreach (var (invoice, currency, openAfter) in previous)
            if (!seen.Contains(invoice)) Of(currency).Billing -= openAfter;
        return Openings();
    }

    private sealed class Figures
    {
        public decimal Opening, Billing, Credit;
    }
}
