using Reconciler.Rules.Matching;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    private (DateOnly Before, List<PriorPayment> Payments)? _keptPayments;

    /// <summary>
    /// From now on, keeps the prior payments read and, asked for a later night, reads only the applications of the nights
    /// between. For a store whose nights are recomputed in date order and nothing else writes (a backtest): night N+1's prior
    /// payments are night N's plus what night N applied, and reading every earlier application again was a cost that grew
    /// with each night the store holds (330,000 rows on the 30th night of a month).
    /// </summary>
    public void KeepPriorPayments() => _keptPayments ??= (DateOnly.MinValue, []);

    public IReadOnlyList<PriorPayment> PriorPayments(DateOnly asOf)
    {
        if (_keptPayments is not { } kept) return ReadPriorPayments(DateOnly.MinValue, asOf);
        // An earlier night than the last asked: the nights between may have been written since, so all is read again.
        if (asOf < kept.Before) kept = (DateOnly.MinValue, []);
        // The nights before kept.Before are as they were when read: only a night at or after it is written in between.
        kept.Payments.AddRange(ReadPriorPayments(kept.Before, asOf));
        _keptPayments = (asOf, kept.Payments);
        return kept.Payments;
    }

    /// <summary>The cash applications of completed nights from <paramref name="from"/> to before <paramref name="asOf"/>, in the nights' order.</summary>
    private List<PriorPayment> ReadPriorPayments(DateOnly from, DateOnly asOf) => Read("""
        SELECT a.invoice_number, a.applied_x4, COALESCE(a.cash_date, r.as_of), a.source_id FROM applications a JOIN runs r ON r.run_id = a.run_id
        WHERE r.status = 'completed' AND r.as_of >= @from AND r.as_of < @asOf AND a.source_kind <> 'adjustment'
        ORDER BY r.as_of, a.application_id
        """, r => new PriorPayment(Text(r, 0), Amount(r, 1), Date(r, 2), Text(r, 3)), ("@from", from), ("@asOf", asOf));
}
