namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// The credits <see cref="LoadOutstandingCash"/> selects (the same conditions), reading only the id and what is left: the texts
    /// and JSON columns of every line were most of that load's cost, and a backtest reads each stored night's cash once for its figures.
    /// </summary>
    public IReadOnlyList<(string Id, decimal Remaining)> OutstandingCashAmounts(DateOnly asOf) =>
        Outstanding(asOf, OpenCashAmounts, r => (Text(r, 0), Amount(r, 1)));
}
