using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// The invoices a payment names (explicit reference field first, then every text), split the way the
/// reference rules need: still open in the payment's currency, open in another currency, or closed. A credit note
/// (an item with a negative balance) is none of these: it is not owed money and not closed, so it is kept apart.
/// </summary>
public sealed record References(IReadOnlyList<OpenItem> Open, IReadOnlyList<OpenItem> OtherCurrency, IReadOnlyList<OpenItem> Closed)
{
    /// <summary>Named credit notes still unused (negative balances): never paid with cash, never called closed.</summary>
    public IReadOnlyList<OpenItem> Credits { get; init; } = [];

    public bool Any => Open.Count + OtherCurrency.Count + Closed.Count + Credits.Count > 0;

    private static readonly References None = new([], [], []);

    /// <summary>The references of <paramref name="cash"/> (asked by every reference rule: worked out once per payment).</summary>
    public static References Of(CashCandidate cash, MatchContext context) => context.ReferencesOf(cash);

    internal static References Compute(CashCandidate cash, MatchContext context)
    {
        var all = context.Ledger.FindReferenced(cash);
        if (all.Count == 0) return None; // most payments of a big night name no invoice
        // Lists only for the kinds found: a payment names one invoice or two, most often open.
        List<OpenItem>? open = null, other = null, closed = null, credits = null;
        for (var i = 0; i < all.Count; i++)
        {
            var item = all[i];
            var balance = context.Ledger.OpenAmount(item);
            if (balance < 0m) (credits ??= []).Add(item);
            else if (balance == 0m) (closed ??= []).Add(item);
            else if (item.Currency != cash.Currency) (other ??= []).Add(item);
            else (open ??= []).Add(item);
        }
        return new References(OrNone(open), OrNone(other), OrNone(closed)) { Credits = OrNone(credits) };
    }

    private static IReadOnlyList<OpenItem> OrNone(List<OpenItem>? items) => items is null ? [] : items;

    public static string Numbers(IEnumerable<OpenItem> items) => string.Join(", ", items.Select(i => i.InvoiceNumber));
}
