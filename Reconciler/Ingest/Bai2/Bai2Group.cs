using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Bai2;

/// <summary>What an 02 group header says, and the group's running control figures.</summary>
internal sealed class Bai2Group(int line, string status, DateOnly asOf, string currency)
{
    public int Line { get; } = line;

    /// <summary>1 update, 2 deletion, 3 correction, 4 test only.</summary>
    public string Status { get; } = status;

    public DateOnly AsOf { get; } = asOf;

    public string Currency { get; } = currency;

    public List<Bai2AccountBuilder> Accounts { get; } = [];

    /// <summary>Records seen in the group so far: the 02, every 03/16/88/49, and the 98 once read.</summary>
    public int Records { get; set; }

    public bool Closed { get; set; }

    /// <summary>The 98 total as written, or the computed sum when the group has no 98.</summary>
    public decimal? WrittenTotal { get; set; }

    /// <summary>Transactions of a test or deletion group are information only.</summary>
    public TransactionStatus TransactionStatus => Status is "2" or "4" ? TransactionStatus.Info : TransactionStatus.Booked;

    /// <summary>Sum of the accounts' 49 totals as written (an account without a 49 counts with its computed sum).</summary>
    public decimal AccountTotals => Accounts.Sum(a => a.WrittenTotal ?? a.RawSum);
}
