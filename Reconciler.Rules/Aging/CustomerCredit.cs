using Reconciler.Rules.Discrepancies;

namespace Reconciler.Rules.Aging;

/// <summary>
/// Money identified to a customer but left unapplied is that customer's credit: an overpayment's excess, or a
/// payment of a known payer that named nothing open. Found by the exceptions that name a customer for a payment
/// and the amount that payment still has unapplied after the night.
/// </summary>
public static class CustomerCredit
{
    private static readonly HashSet<string> Identifying = new(StringComparer.Ordinal)
    {
        DiscrepancyCategory.Overpayment, DiscrepancyCategory.UnmatchedPayment,
    };

    /// <summary>Unapplied credit by customer and currency, as negative amounts (only non-zero ones).</summary>
    public static IReadOnlyDictionary<(string Customer, string Currency), decimal> Of(
        IEnumerable<Discrepancy> exceptions, IReadOnlyDictionary<string, decimal> unappliedBySource)
    {
        // One payment counts once, for the first customer named for it.
        var owner = new Dictionary<string, (string Customer, string Currency)>(StringComparer.Ordinal);
        foreach (var d in exceptions)
        {
            if (d.CustomerId is { Length: > 0 } customer && Identifying.Contains(d.Category)) owner.TryAdd(d.SourceId, (customer, d.Currency));
        }
        var credit = new Dictionary<(string Customer, string Currency), decimal>();
        foreach (var (source, key) in owner)
        {
            if (unappliedBySource.GetValueOrDefault(source) is > 0m and var left) credit[key] = credit.GetValueOrDefault(key) - left;
        }
        return credit;
    }
}
