namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// Readies the store for nights recomputed one after the other with nothing ingested between them (a backtest): it keeps what
    /// each night would read again of the nights before (<see cref="KeepParsedBankLines"/>, <see cref="KeepPriorPayments"/>,
    /// <see cref="KeepPriorWriteOffs"/>, <see cref="KeepWrittenNights"/>), and its page cache, which a night gives back before it
    /// writes although the next night reads the same pages again.
    /// </summary>
    public void ReplayNights()
    {
        KeepParsedBankLines();
        KeepPriorPayments();
        KeepPriorWriteOffs();
        KeepWrittenNights();
        KeepsPageCache = true;
    }

    internal bool KeepsPageCache { get; private set; }
}
