using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// The free check a running balance column gives: balance[i] = balance[i-1] + amount[i], read top down
/// (oldest first) or bottom up (newest first, as many banks export). Both directions are checked as the rows come,
/// so no column of balances is held.
/// </summary>
internal sealed class RunningBalance
{
    private int _count;
    private decimal _previousBalance;
    private decimal _previousAmount;
    private bool _newestFirstBroken;
    // The first break read top down: the note when neither direction holds.
    private string? _oldestFirstBreak;

    /// <summary>The next transaction in file order with the balance its row gives.</summary>
    public void Add(BankTransaction transaction, decimal balance)
    {
        if (_count > 0)
        {
            var expected = _previousBalance + transaction.Amount;
            if (_oldestFirstBreak is null && expected != balance)
                _oldestFirstBreak = $"running balance breaks at {transaction.Location}: expected {Money.Format(expected)}, file says {Money.Format(balance)}";
            // Newest first, the row above is the later one: its balance is this one's plus its own amount.
            if (balance + _previousAmount != _previousBalance) _newestFirstBroken = true;
        }
        _previousBalance = balance;
        _previousAmount = transaction.Amount;
        _count++;
    }

    /// <summary>Null with fewer than two balances; true when either direction holds; otherwise false and where it broke top down.</summary>
    public (bool? Balanced, string? Note) Result =>
        _count < 2 ? (null, null)
        : _oldestFirstBreak is null || !_newestFirstBroken ? (true, null)
        : (false, _oldestFirstBreak);
}
