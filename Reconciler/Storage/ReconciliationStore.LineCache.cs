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
        if (_parsedItems.TryGetValue(Text(r, 0), out var kept))
        {
            var remaining = Amount(r, 15);
            return kept.Remaining == remaining ? kept : kept with { Remaining = remaining };
        }
        var item = LoadRows.Item(r, pool);
        _parsedItems[item.ItemKey] = item;
        return item;
    }

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
        if (_ingestedLines is not null && _ingestedLines.TryGetValue(Text(r, 0), out var tonight))
            return new OutstandingCash(tonight.Line, tonight.File, Amount(r, 16), Date(r, 17));
        if (_parsedLines is null) return LoadRows.Cash(r, pool);
        if (_parsedLines.TryGetValue(Text(r, 0), out var kept)) return new OutstandingCash(kept.Line, kept.File, Amount(r, 16), Date(r, 17));
        var cash = LoadRows.Cash(r, pool);
        _parsedLines[cash.Id] = (cash.Transaction, cash.SourceFile);
        return cash;
    }
}
