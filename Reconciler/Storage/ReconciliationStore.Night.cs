using System.Data.Common;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// Joins, as <c>p</c>, the position the latest completed night before <c>@asOf</c> that considered the source left it at
    /// (none when no earlier night did). The night is found per source through ix_cash_positions_source among the few nights
    /// that considered it, so a load costs the same however many nights the database holds.
    /// </summary>
    private string LastPositionJoin(string source) => $"""
        LEFT JOIN cash_positions p ON p.source_id = {source} AND p.run_id = (
            SELECT cp.run_id FROM cash_positions cp JOIN runs r ON r.run_id = cp.run_id
            WHERE cp.source_id = {source} AND r.status = 'completed' AND r.as_of < @asOf
            ORDER BY r.as_of DESC, r.finished_at DESC {Dialect.Limit("1")})
        """;

    /// <summary>
    /// The open items run <paramref name="run"/> (a subquery) started from, as <c>s</c>, each with what the run applied to it as
    /// <c>a.total</c> (null: nothing). The run's applications are summed once per invoice and joined: summed again for each
    /// item (a subquery per row), a night of 100,000 items read every application of the run 100,000 times on SQLite.
    /// </summary>
    private static string SnapshotsWithApplied(string run) => $"""
        open_item_snapshots s
        LEFT JOIN (SELECT invoice_number, SUM(applied_x4) AS total FROM applications WHERE run_id = {run} GROUP BY invoice_number) a
            ON a.invoice_number = s.invoice_number
        WHERE s.run_id = {run}
        """;

    public IReadOnlyList<OutstandingCash> LoadOutstandingCash(DateOnly asOf)
    {
        if (_parsedLines is not null)
            return OutstandingKept<OutstandingCash>(asOf, OpenCashAmounts, r =>
            {
                var (id, left, readOn) = (Text(r, 0), Amount(r, 1), Date(r, 2));
                return () => KeptCash(id, left, readOn);
            }, KeepLines);
        var pool = new TextPool();
        return Outstanding(asOf, OpenCash, r => CashRow(r, pool));
    }

    // A query of its own, not an OR beside the credits': the planner then went over every stored line, for the night's few debits.
    // Found from the night's imports: given the night's date on the import, SQLite went through every stored line in key order.
    public IReadOnlyList<OutstandingCash> LoadNightDebits(DateOnly asOf)
    {
        var pool = new TextPool();
        return Read($"""
            SELECT {string.Join(", ", LineColumns)}
            FROM {LineTables}
            {LastPositionJoin("t.line_id")}
            WHERE t.import_id IN (SELECT import_id FROM imports WHERE as_of = @asOf) AND t.amount_x4 < 0
            ORDER BY t.line_id {Ordinal}
            """, r => CashRow(r, pool), ("@asOf", asOf));
    }

    // A line's columns as LoadRows.Cash reads them: what is left of it is its full amount, then the night that first read it.
    private static readonly string[] WholeLineColumns =
    [
        "t.line_id", "t.account", "t.booking_date", "t.value_date", "t.amount_x4", "t.currency", "t.type_code", "t.bank_ref",
        "t.customer_ref", "t.counterparty", "t.remittance", "t.refs", "t.reversal", "t.items", "t.location", "i.file_name",
        "t.amount_x4", "i.as_of",
    ];

    // The same, with what is left of the line after the night that considered it last (p: LastPositionJoin).
    private static readonly string[] LineColumns = [.. WholeLineColumns[..16], "COALESCE(p.remaining_x4, t.amount_x4)", "i.as_of"];

    private const string LineTables = "bank_transactions t JOIN imports i ON i.import_id = t.import_id AND i.status = 'ingested' AND t.status = 'booked'";

    private const string OpenCredit = "t.amount_x4 > 0 AND COALESCE(p.remaining_x4, t.amount_x4) > 0";

    private static readonly OpenMoney OpenCash = new(LineColumns, LineTables, "t.line_id", OpenCredit, "t.import_id");

    // With the night that first read each line, which a kept line needs (LoadOutstandingCash).
    private static readonly OpenMoney OpenCashAmounts = new(["t.line_id", "COALESCE(p.remaining_x4, t.amount_x4)", "i.as_of"], LineTables, "t.line_id", OpenCredit, "t.import_id");

    // A batch item's columns as LoadRows.Item reads them: what is left of it is its full amount.
    private static readonly string[] WholeItemColumns =
    [
        "it.item_key", "it.item_id", "it.kind", "it.gross_x4", "it.fee_x4", "it.invoice_ref", "it.customer", "it.\"text\"", "it.claim", "it.location",
        "b.kind", "b.batch_id", "COALESCE(b.batch_date, i.as_of)", "b.currency", "i.file_name", "it.gross_x4",
    ];

    private const string ItemTables =
        "payment_items it JOIN payment_batches b ON b.batch_key = it.batch_key JOIN imports i ON i.import_id = b.import_id AND i.status = 'ingested'";

    private static readonly OpenMoney OpenPaymentItems = new([.. WholeItemColumns[..15], "COALESCE(p.remaining_x4, it.gross_x4)"],
        ItemTables, "it.item_key", "(p.remaining_x4 IS NULL OR p.remaining_x4 <> 0)", "b.import_id");

    private static readonly OpenMoney OpenPaymentItemAmounts = OpenPaymentItems with { Columns = ["it.item_key", "COALESCE(p.remaining_x4, it.gross_x4)"] };

    public IReadOnlyList<OutstandingItem> LoadOutstandingItems(DateOnly asOf)
    {
        if (_parsedItems is not null)
            return OutstandingKept<OutstandingItem>(asOf, OpenPaymentItemAmounts, r =>
            {
                var (key, left) = (Text(r, 0), Amount(r, 1));
                return () => KeptItem(key, left);
            }, KeepItems);
        var pool = new TextPool();
        return Outstanding(asOf, OpenPaymentItems, r => ItemRow(r, pool));
    }

    public IReadOnlyList<NightBatch> LoadUnsettledBatches(DateOnly asOf)
    {
        using var command = Command($"""
            SELECT b.batch_key, b.kind, b.batch_id, b.batch_date, b.amount_x4, b.currency, b.trace, b.payer, b.location, b.method,
                   it.item_id, it.kind, it.gross_x4, it.fee_x4, it.invoice_ref, it.customer, it."text"
            FROM payment_batches b
            JOIN imports i ON i.import_id = b.import_id
            LEFT JOIN payment_items it ON it.batch_key = b.batch_key
            WHERE i.status = 'ingested' AND i.as_of <= @asOf AND b.kind <> 'pending'
              AND NOT EXISTS (SELECT 1 FROM settlements s JOIN runs r ON r.run_id = s.run_id
                              WHERE r.status = 'completed' AND r.as_of < @asOf AND s.batch_key = b.batch_key)
            ORDER BY b.batch_key {Ordinal}, it.ordinal
            """, ("@asOf", asOf));
        using var reader = command.ExecuteReader();
        return LoadRows.Batches(reader);
    }

    public IReadOnlyDictionary<string, Rules.Matching.EarlierReversal> EarlierReversals(DateOnly since, DateOnly asOf)
    {
        var map = new Dictionary<string, Rules.Matching.EarlierReversal>(StringComparer.Ordinal);
        foreach (var (reversing, original, kind) in Read("""
            SELECT v.source_id, v.original_source_id, v.kind FROM reversals v JOIN runs r ON r.run_id = v.run_id
            WHERE r.status = 'completed' AND r.as_of >= @since AND r.as_of < @asOf AND v.original_source_id IS NOT NULL AND v.reopened_x4 <> 0
            """, r => (Text(r, 0), Text(r, 1), Text(r, 2)), ("@since", since), ("@asOf", asOf)))
            map[reversing] = new Rules.Matching.EarlierReversal(original, kind);
        return map;
    }

    public IReadOnlyList<OpenItem> PreviousOpenItems(DateOnly asOf) =>
        KeptOfPreviousNight(StoreTables.Snapshots, asOf) is { } kept ? KeptOpenItems(kept) : Read($"""
        SELECT {string.Join(", ", SnapshotColumns)}
        FROM open_item_snapshots WHERE run_id = {PreviousRun} ORDER BY invoice_number {Ordinal}
        """, r => LoadRows.Snapshot(r, 0), ("@asOf", asOf));

    public IReadOnlyDictionary<string, PreviousBalance> PreviousBalances(DateOnly asOf) =>
        (KeptOfPreviousNight(StoreTables.Snapshots, asOf) is { } kept ? KeptBalances(kept, _written?.Tables.GetValueOrDefault(StoreTables.Applications)) : Read($"""
        SELECT s.invoice_number, COALESCE(s.export_open_x4, s.open_x4), s.open_x4 - COALESCE(a.total, 0)
        FROM {SnapshotsWithApplied(PreviousRun)}
        """, BalanceRow, ("@asOf", asOf)))
        .ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);

    private static (string Key, PreviousBalance Value) BalanceRow(DbDataReader r) => (Text(r, 0), new PreviousBalance(Amount(r, 1), Amount(r, 2)));

    /// <summary>
    /// The registry holds every exception any night raised: only the ids asked are looked up (by its key), so the read follows
    /// the night's exceptions, not every one ever raised.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> FirstSeen(IEnumerable<string> exceptionIds, DateOnly asOf) =>
        AnyOrderByKeys(exceptionIds as IReadOnlyCollection<string> ?? exceptionIds.ToList(), asOf,
            keys => $"SELECT exception_id, first_seen FROM exception_registry WHERE exception_id IN ({keys}) AND first_seen < @asOf",
            r => (Id: Text(r, 0), FirstSeen: Date(r, 1)))
        .ToDictionary(x => x.Id, x => x.FirstSeen, StringComparer.Ordinal);

    public IReadOnlyList<CarryForward.Carried> PreviousExceptions(DateOnly asOf) =>
        KeptOfPreviousNight(StoreTables.Exceptions, asOf) is { } kept ? KeptExceptions(kept) : Read(ExceptionsOf(PreviousRun), ExceptionRows.Carried, ("@asOf", asOf));
}
