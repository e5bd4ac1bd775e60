using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The invoices a payment names (explicit reference field first, then every text), split the way the
/// reference rules need: still open in the payment's currency, open in another currency, or closed.
/// </summary>
public sealed record References(IReadOnlyList<OpenItem> Open, IReadOnlyList<OpenItem> OtherCurrency, IReadOnlyList<OpenItem> Closed)
{
    public bool Any => Open.Count + OtherCurrency.Count + Closed.Count > 0;

    private static readonly References None = new([], [], []);

    /// <summary>The references of <paramref name="cash"/> (asked by every reference rule: worked out once per payment).</summary>
    public static References Of(CashCandidate cash, MatchContext context) => context.ReferencesOf(cash);

    internal static References Compute(CashCandidate cash, MatchContext context)
    {
        var all = context.Ledger.FindReferenced([cash.InvoiceReference, .. cash.Texts]);
        if (all.Count == 0) return None; // most payments of a big night name no invoice
        var open = new List<OpenItem>();
        var other = new List<OpenItem>();
        var closed = new List<OpenItem>();
        foreach (var item in all)
        {
            if (context.Ledger.OpenAmount(item) <= 0m) closed.Add(item);
            else if (item.Currency != cash.Currency) other.Add(item);
            else open.Add(item);
        }
        return new References(open, other, closed);
    }

    public static string Numbers(IEnumerable<OpenItem> items) => string.Join(", ", items.Select(i => i.InvoiceNumber));
}
