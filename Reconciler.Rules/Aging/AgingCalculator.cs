using Reconciler.Rules.Model;

namespace Reconciler.Rules.Aging;

/// <summary>Ages open balances by customer and currency as of a date. Items that owe nothing are left out.</summary>
public static class AgingCalculator
{
    public static IReadOnlyList<AgingRow> Age(
        IEnumerable<OpenItem> items, IReadOnlyDictionary<string, decimal> openAmounts, DateOnly asOf, AgingBuckets buckets)
    {
        var rows = new SortedDictionary<(string Customer, string Currency), (string Name, decimal[] Buckets)>();
        foreach (var item in items)
        {
            var open = openAmounts.TryGetValue(item.InvoiceNumber, out var amount) ? amount : item.OpenAmount;
            if (open == 0m) continue;
            var key = (item.CustomerId, item.Currency);
            if (!rows.TryGetValue(key, out var row))
            {
                row = (item.CustomerName, new decimal[buckets.Names.Count]);
                rows[key] = row;
            }
            row.Buckets[buckets.IndexFor(item.DueDate, asOf)] += open;
        }
        return rows.Select(kv => new AgingRow(kv.Key.Customer, kv.Value.Name, kv.Key.Currency, kv.Value.Buckets)).ToList();
    }
}
