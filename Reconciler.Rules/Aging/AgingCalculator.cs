using Reconciler.Rules.Model;

namespace Reconciler.Rules.Aging;

/// <summary>
/// Ages open balances by customer and currency as of a date. Items that owe nothing are left out; credit notes
/// (negative balances) age as negative amounts until used. A customer with only unapplied credit gets a row too.
/// </summary>
public static class AgingCalculator
{
    public static IReadOnlyList<AgingRow> Age(
        IEnumerable<OpenItem> items, IReadOnlyDictionary<string, decimal> openAmounts, DateOnly asOf, AgingBuckets buckets) =>
        Age(items, openAmounts, asOf, buckets, new Dictionary<(string, string), decimal>(), new HashSet<string>());

    public static IReadOnlyList<AgingRow> Age(
        IEnumerable<OpenItem> items, IReadOnlyDictionary<string, decimal> openAmounts, DateOnly asOf, AgingBuckets buckets,
        IReadOnlyDictionary<(string Customer, string Currency), decimal> unappliedCredit, ISet<string> claims)
    {
        var rows = new Dictionary<(string Customer, string Currency), (string Name, decimal[] Buckets, bool Claims, string? Responsible)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            names.TryAdd(item.CustomerId, item.CustomerName);
            var open = openAmounts.TryGetValue(item.InvoiceNumber, out var amount) ? amount : item.OpenAmount;
            if (open == 0m) continue;
            var key = (item.CustomerId, item.Currency);
            if (!rows.TryGetValue(key, out var row)) row = (item.CustomerName, new decimal[buckets.Names.Count], false, null);
            row.Buckets[buckets.IndexFor(item.DueDate, asOf)] += open;
            rows[key] = row with { Claims = row.Claims || claims.Contains(item.InvoiceNumber), Responsible = row.Responsible ?? item.Responsible };
        }
        foreach (var (key, credit) in unappliedCredit)
        {
            if (credit != 0m && !rows.ContainsKey(key)) rows[key] = (names.GetValueOrDefault(key.Customer, ""), new decimal[buckets.Names.Count], false, null);
        }
        // By customer, then currency, in code point order (a sorted dictionary compared every key of every item as it went).
        return rows.OrderBy(kv => kv.Key.Customer, StringComparer.Ordinal).ThenBy(kv => kv.Key.Currency, StringComparer.Ordinal)
            .Select(kv => new AgingRow(kv.Key.Customer, kv.Value.Name, kv.Key.Currency, kv.Value.Buckets)
            {
                UnappliedCredit = unappliedCredit.GetValueOrDefault(kv.Key),
                // A patient's or secondary payer's item says who owes it; otherwise claims are a payer's.
                Responsible = kv.Value.Responsible ?? (kv.Value.Claims ? Responsibility.Payer : Responsibility.Customer),
            }).ToList();
    }
}
