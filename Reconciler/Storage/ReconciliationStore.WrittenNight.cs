using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    // The tables of which a night's successor reads the whole night back: its open items, their applications and its exceptions.
    private static readonly BulkTable[] ReadByTheNextNight = [StoreTables.Snapshots, StoreTables.Applications, StoreTables.Exceptions];

    private bool _keepWrittenNights;
    private Dictionary<BulkTable, List<object[]>>? _writing;
    private (string RunId, Dictionary<BulkTable, List<object[]>> Tables)? _written;

    /// <summary>
    /// From now on, keeps the rows of the last night committed here (its open items, applications and exceptions, as the
    /// database gives them back) and answers the next night's reads of them from there. For a store where many nights are
    /// recomputed one after the other (a backtest): each night read back the whole night before (48,000 open items and
    /// 35,000 exceptions a night of a month of 10,000 lines), which it had just written. The rows are mapped by the same
    /// code as the database's, so the answers are the same.
    /// </summary>
    public void KeepWrittenNights() => _keepWrittenNights = true;

    /// <summary>The bulk writer of a night's table, keeping its rows when they are kept.</summary>
    internal BulkRows WritingNight(BulkTable table, BulkRows writer)
    {
        if (_writing is null || Array.IndexOf(ReadByTheNextNight, table) < 0) return writer;
        if (!_writing.TryGetValue(table, out var rows)) _writing[table] = rows = [];
        return new KeptRows(writer, table.Columns.Count, rows);
    }

    internal void NightBegun() => _writing = _keepWrittenNights ? [] : null;

    /// <summary>The night's transaction ended: committed as <paramref name="committedRunId"/>, or not at all (null).</summary>
    internal void NightEnded(string? committedRunId)
    {
        if (committedRunId is not null && _writing is not null) _written = (committedRunId, _writing);
        _writing = null;
    }

    /// <summary>The kept rows of <paramref name="table"/> when the night before <paramref name="asOf"/> is the one kept; otherwise none.</summary>
    private List<object[]>? KeptOfPreviousNight(BulkTable table, DateOnly asOf)
    {
        if (_written is not { } written || !written.Tables.TryGetValue(table, out var rows)) return null;
        var previous = Read($"SELECT run_id FROM runs WHERE run_id = {PreviousRun}", r => Text(r, 0), ("@asOf", asOf));
        return previous is [var runId] && runId == written.RunId ? rows : null;
    }

    /// <summary><paramref name="columns"/> of <paramref name="table"/>'s kept rows, in the order of <paramref name="key"/> (as the store's ORDER BY key).</summary>
    private static KeptRowReader KeptColumns(BulkTable table, List<object[]> rows, string key, params string[] columns)
    {
        var names = table.Columns.Select(c => c.Column).ToList();
        var keyAt = names.IndexOf(key);
        // Written in the table's key order already (KeyOrder): sorted only where code point order differs from it.
        var ordered = InOrder(rows, keyAt) ? rows : rows.OrderBy(r => (string)r[keyAt], CodePointOrder.Instance).ToList();
        return new(ordered, columns.Select(c => names.IndexOf(c) is >= 0 and var at ? at : throw new ArgumentException($"no column {c} in {table.Name}")).ToArray());
    }

    private static bool InOrder(List<object[]> rows, int keyAt)
    {
        for (var i = 1; i < rows.Count; i++)
            if (CodePointOrder.Instance.Compare((string)rows[i - 1][keyAt], (string)rows[i][keyAt]) > 0) return false;
        return true;
    }

    private static List<T> Map<T>(KeptRowReader reader, Func<System.Data.Common.DbDataReader, T> map)
    {
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    private static readonly string[] SnapshotColumns =
        ["invoice_number", "customer_id", "customer_name", "issue_date", "due_date", "currency", "amount_x4", "open_x4", "responsible", "created_from", "patient_name",
         "patient_id", "secondary_payer_id"];

    private static readonly string[] CarriedColumns =
    [
        "category", "severity", "source_kind", "source_id", "invoice_number", "customer_id", "amount_x4", "expected_x4", "currency",
        "first_seen", "description", "suggested_action", "candidates", "exception_id",
    ];

    // The kept nights' open items, one night after the other.
    private readonly RecurringOpenItems _keptItems = new();

    /// <summary>The open items the kept night started from, as <see cref="PreviousOpenItems"/> reads them.</summary>
    private List<OpenItem> KeptOpenItems(List<object[]> snapshots)
    {
        var items = Map(KeptColumns(StoreTables.Snapshots, snapshots, "invoice_number", SnapshotColumns), r => _keptItems.Same(LoadRows.Snapshot(r, 0)));
        _keptItems.Read();
        return items;
    }

    /// <summary>The kept night's exceptions, as <see cref="PreviousExceptions"/> reads them.</summary>
    private static List<CarryForward.Carried> KeptExceptions(List<object[]> exceptions) =>
        Map(KeptColumns(StoreTables.Exceptions, exceptions, "exception_id", CarriedColumns), ExceptionRows.Carried);

    /// <summary>
    /// What each kept open item was owed and what the kept night left of it, as <see cref="PreviousBalances"/> reads them:
    /// the export's amount (else the item's), and the item's less the night's applications to it.
    /// </summary>
    private static List<(string Key, PreviousBalance Value)> KeptBalances(List<object[]> snapshots, List<object[]>? applications)
    {
        var columns = StoreTables.Snapshots.Columns.Select(c => c.Column).ToList();
        var (invoiceAt, openAt, exportAt) = (columns.IndexOf("invoice_number"), columns.IndexOf("open_x4"), columns.IndexOf("export_open_x4"));
        var applied = new Dictionary<string, long>(StringComparer.Ordinal);
        var applicationColumns = StoreTables.Applications.Columns.Select(c => c.Column).ToList();
        var (appliedInvoiceAt, appliedAt) = (applicationColumns.IndexOf("invoice_number"), applicationColumns.IndexOf("applied_x4"));
        foreach (var a in applications ?? [])
            applied[(string)a[appliedInvoiceAt]] = applied.GetValueOrDefault((string)a[appliedInvoiceAt]) + (long)a[appliedAt];
        var rows = snapshots.Select(s => new object[]
        {
            s[invoiceAt], s[exportAt] is DBNull ? s[openAt] : s[exportAt], (long)s[openAt] - applied.GetValueOrDefault((string)s[invoiceAt]),
        }).ToList();
        return Map(new KeptRowReader(rows, [0, 1, 2]), BalanceRow);
    }
}
