namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// The credits <see cref="LoadOutstandingCash"/> selects (the same conditions), reading only the id and what is left: the texts
    /// and JSON columns of every line were most of that load's cost, and a backtest reads each stored night's cash once for its figures.
    /// </summary>
    public IReadOnlyList<(string Id, decimal Remaining)> OutstandingCashAmounts(DateOnly asOf) => Read($"""
        SELECT t.line_id, COALESCE(p.remaining_x4, t.amount_x4)
        FROM bank_transactions t
        JOIN imports i ON i.import_id = t.import_id
        {LastPositionJoin("t.line_id")}
        WHERE i.status = 'ingested' AND t.status = 'booked' AND i.as_of <= @asOf AND t.amount_x4 > 0 AND COALESCE(p.remaining_x4, t.amount_x4) > 0
        ORDER BY t.line_id {Ordinal}
        """, r => (Text(r, 0), Amount(r, 1)), ("@asOf", asOf));
}
