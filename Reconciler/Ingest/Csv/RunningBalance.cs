using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// The free check a running balance column gives: balance[i] = balance[i-1] + amount[i], read top down
/// (oldest first) or bottom up (newest first, as many banks export).
/// </summary>
internal static class RunningBalance
{
    /// <param name="balances">Every transaction's balance, in the same order (the caller checks none is missing).</param>
    public static (bool? Balanced, string? Note) Check(IReadOnlyList<BankTransaction> transactions, IReadOnlyList<decimal> balances)
    {
        if (balances.Count < 2) return (null, null);
        if (Holds(transactions, balances, oldestFirst: true) is null) return (true, null);
        if (Holds(transactions, balances, oldestFirst: false) is null) return (true, null);
        return (false, Holds(transactions, balances, oldestFirst: true));
    }

    private static string? Holds(IReadOnlyList<BankTransaction> transactions, IReadOnlyList<decimal> balances, bool oldestFirst)
    {
        for (var k = 1; k < balances.Count; k++)
        {
            var (previous, current) = oldestFirst ? (k - 1, k) : (k, k - 1);
            var expected = balances[previous] + transactions[current].Amount;
            if (expected != balances[current])
            {
                return $"running balance breaks at {transactions[current].Location}: expected {Money.Format(expected)}, file says {Money.Format(balances[current])}";
            }
        }
        return null;
    }
}
