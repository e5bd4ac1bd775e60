using Reconciler.Rules.Matching;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    // The write-offs read, each with its night, and the night they were read up to (KeepPriorWriteOffs).
    private (DateOnly Since, DateOnly Before, List<(DateOnly AsOf, PriorWriteOff WriteOff)> WriteOffs)? _keptWriteOffs;

    /// <summary>
    /// From now on, keeps the write-offs read and, asked for a later night, reads only those of the nights between, as
    /// <see cref="KeepPriorPayments"/> does for the payments (a backtest: the nights are recomputed in date order and nothing
    /// else writes). Every night with a return read every write-off of the look-back again (23,000 on a month's 30th night).
    /// </summary>
    public void KeepPriorWriteOffs() => _keptWriteOffs ??= (DateOnly.MaxValue, DateOnly.MinValue, []);

    /// <summary>The write-offs (card fees, tolerances, write-offs) completed nights from <paramref name="since"/> to before <paramref name="asOf"/> made, in the nights' order.</summary>
    public IReadOnlyList<PriorWriteOff> PriorWriteOffs(DateOnly since, DateOnly asOf)
    {
        if (_keptWriteOffs is not { } kept) return ReadPriorWriteOffs(since, asOf).Select(w => w.WriteOff).ToList();
        // An earlier night, or a look-back that starts earlier, than the last asked: all is read again.
        if (asOf < kept.Before || since < kept.Since) kept = (since, since, []);
        kept.WriteOffs.AddRange(ReadPriorWriteOffs(kept.Before, asOf));
        // The look-back moves on with the night: the nights it has left behind go (they are the first, in the nights' order).
        kept.WriteOffs.RemoveRange(0, kept.WriteOffs.TakeWhile(w => w.AsOf < since).Count());
        _keptWriteOffs = (since, asOf, kept.WriteOffs);
        return kept.WriteOffs.Select(w => w.WriteOff).ToList();
    }

    private List<(DateOnly AsOf, PriorWriteOff WriteOff)> ReadPriorWriteOffs(DateOnly since, DateOnly asOf) => Read("""
        SELECT a.invoice_number, a.applied_x4, a.source_id, a."rule", r.as_of FROM applications a JOIN runs r ON r.run_id = a.run_id
        WHERE r.status = 'completed' AND r.as_of >= @since AND r.as_of < @asOf AND a.source_kind = 'adjustment'
          AND a."rule" IN ('card_fee', 'tolerance_writeoff', 'write_off')
        ORDER BY r.as_of, a.application_id
        """, r => (Date(r, 4), new PriorWriteOff(Text(r, 0), Amount(r, 1), Text(r, 2), Text(r, 3))), ("@since", since), ("@asOf", asOf));
}
