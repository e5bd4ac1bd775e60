using System.Data.Common;
using Reconciler.Ingest;
using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    private Dictionary<string, (BankTransaction Line, string File)>? _parsedLines;

    /// <summary>
    /// From now on, keeps each bank credit as first read (its texts, references and batch details) and reuses it when a later
    /// read selects the same line again, reading of the row only what changes (what is left of it). For a store where many nights are
    /// recomputed one after the other and nothing is ingested (a backtest): each night reads again every line an earlier night
    /// left unapplied, and making those lines again was most of its load. Which lines are read, and in which order, stays the queries'.
    /// </summary>
    public void KeepParsedBankLines()
    {
        _parsedLines ??= new Dictionary<string, (BankTransaction, string)>(StringComparer.Ordinal);
        _parsedItems ??= new Dictionary<string, OutstandingItem>(StringComparer.Ordinal);
    }

    // The batch items likewise (an 835 claim's JSON was most of reading one), each kept with what was left of it when first read.
    private Dictionary<string, OutstandingItem>? _parsedItems;

    /// <summary>A row of the batch-item queries (<see cref="LoadRows.Item"/>'s columns), the item taken from the kept ones when there.</summary>
    private OutstandingItem ItemRow(DbDataReader r, TextPool pool)
    {
        if (_parsedItems is null) return LoadRows.Item(r, pool);
        if (KeptItem(Text(r, 0), Amount(r, 15)) is { } kept) return kept;
        var item = LoadRows.Item(r, pool);
        _parsedItems[item.ItemKey] = item;
        return item;
    }

    /// <summary>The kept item of <paramref name="key"/> with <paramref name="remaining"/> left of it, or none when it is not kept.</summary>
    private OutstandingItem? KeptItem(string key, decimal remaining) =>
        _parsedItems is not null && _parsedItems.TryGetValue(key, out var kept)
            ? kept.Remaining == remaining ? kept : kept with { Remaining = remaining }
            : null;

    // The booked lines of the files ingested since the last night began, as the store wrote them, by line id: a night's load
    // then reads of tonight's lines only what is left of each, instead of making every line and its texts again. Let go when
    // the night begins (its load is done by then), so they are held no longer than the parsed files were.
    private Dictionary<string, (BankTransaction Line, string File)>? _ingestedLines;

    /// <summary>Keeps an ingested file's booked lines as <see cref="LoadRows.Cash"/> would make them again from their rows.</summary>
    private void KeepIngestedLines(string file, string contentHash, ParsedFile parsed)
    {
        _ingestedLines ??= new Dictionary<string, (BankTransaction, string)>(StringComparer.Ordinal);
        var ordinal = 0;
        foreach (var statement in parsed.Statements)
            foreach (var line in statement.Transactions)
            {
                ordinal++;
                if (line.Status != TransactionStatus.Booked) continue;
                var id = ImportRows.LineId(contentHash, ordinal);
                // The amount as the store gives it back (its scale too), so that nothing a night prints depends on where the line came from.
                _ingestedLines[id] = (line with { Id = id, Amount = Fixed4.FromStore(Fixed4.ToStore(line.Amount)) }, file);
            }
    }

    private void ForgetIngestedLines() => _ingestedLines = null;

    /// <summary>A row of the bank-line queries (<see cref="LoadRows.Cash"/>'s columns), the line itself taken from the kept ones when there.</summary>
    private OutstandingCash CashRow(DbDataReader r, TextPool pool)
    {
        if (KeptCash(Text(r, 0), Amount(r, 16), Date(r, 17)) is { } kept) return kept;
        var cash = LoadRows.Cash(r, pool);
        if (_parsedLines is not null) _parsedLines[cash.Id] = (cash.Transaction, cash.SourceFile);
        return cash;
    }

    /// <summary>The kept line <paramref name="id"/>, with <paramref name="remaining"/> left of it and first read on <paramref name="readOn"/>, or none when it is not kept.</summary>
    private OutstandingCash? KeptCash(string id, decimal remaining, DateOnly readOn)
    {
        if (_ingestedLines is not null && _ingestedLines.TryGetValue(id, out var tonight)) return new OutstandingCash(tonight.Line, tonight.File, remaining, readOn);
        return _parsedLines is not null && _parsedLines.TryGetValue(id, out var kept) ? new OutstandingCash(kept.Line, kept.File, remaining, readOn) : null;
    }

    /// <summary>
    /// The booked credits of the files read after the night <paramref name="after"/> up to <paramref name="asOf"/>, whole, as
    /// <see cref="LoadRows.Cash"/> makes them: what a replayed night reads of the stored lines for the first time.
    /// </summary>
    internal IReadOnlyList<OutstandingCash> CreditsReadSince(DateOnly after, DateOnly asOf)
    {
        var pool = new TextPool();
        return Read($"""
            SELECT {string.Join(", ", WholeLineColumns)} FROM {LineTables}
            WHERE t.amount_x4 > 0 AND t.import_id IN (SELECT import_id FROM imports WHERE as_of > @after AND as_of <= @asOf)
            """, r => LoadRows.Cash(r, pool), ("@after", after), ("@asOf", asOf));
    }

    /// <summary>
    /// The batch items of the files read after the night <paramref name="after"/> up to <paramref name="asOf"/>, whole, as
    /// <see cref="LoadRows.Item"/> makes them. Found from their batches (the batches are few, the items are found by batch):
    /// given the imports on the batch, SQLite went through every stored item.
    /// </summary>
    internal IReadOnlyList<OutstandingItem> ItemsReadSince(DateOnly after, DateOnly asOf)
    {
        var pool = new TextPool();
        return Read($"""
            SELECT {string.Join(", ", WholeItemColumns)} FROM {ItemTables}
            WHERE it.batch_key IN (SELECT batch_key FROM payment_batches WHERE import_id IN (SELECT import_id FROM imports WHERE as_of > @after AND as_of <= @asOf))
            """, r => LoadRows.Item(r, pool), ("@after", after), ("@asOf", asOf));
    }

    /// <summary>
    /// Keeps <paramref name="lines"/> and <paramref name="items"/>, read whole by another connection to the same stored rows
    /// (<see cref="CreditsReadSince"/>, <see cref="ItemsReadSince"/>), as if this store had read them (when it keeps what it reads):
    /// a backtest reads each night's new lines and items on another thread ahead of the night, and the night then reads of them
    /// only what is left.
    /// </summary>
    internal void KeepRead(IEnumerable<OutstandingCash> lines, IEnumerable<OutstandingItem> items)
    {
        if (_parsedLines is null || _parsedItems is null) return;
        foreach (var line in lines) _parsedLines.TryAdd(line.Id, (line.Transaction, line.SourceFile));
        foreach (var item in items) _parsedItems.TryAdd(item.ItemKey, item);
    }

    /// <summary>Reads whole, and keeps, the lines of <paramref name="ids"/> (when the store keeps what it reads).</summary>
    private void KeepLines(IReadOnlyCollection<string> ids)
    {
        var pool = new TextPool();
        _ = AnyOrderByKeys(ids, null, keys => $"SELECT {string.Join(", ", WholeLineColumns)} FROM {LineTables} WHERE t.line_id IN ({keys})", r => CashRow(r, pool));
    }

    /// <summary>Reads whole, and keeps, the batch items of <paramref name="keys"/> (when the store keeps what it reads).</summary>
    private void KeepItems(IReadOnlyCollection<string> keys)
    {
        var pool = new TextPool();
        _ = AnyOrderByKeys(keys, null, list => $"SELECT {string.Join(", ", WholeItemColumns)} FROM {ItemTables} WHERE it.item_key IN ({list})", r => ItemRow(r, pool));
    }
}
