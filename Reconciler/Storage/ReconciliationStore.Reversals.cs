using Reconciler.Storage.Rows;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// Bank credits and batch items first read on nights from <paramref name="since"/> to before <paramref name="asOf"/>,
    /// each with its full amount (the position column holds the amount as read), among which a night's returns, refunds
    /// and disputes look for the payment they undo. The caller keeps those that earlier nights applied.
    /// </summary>
    /// <param name="creditAmounts">When given, of the bank credits only those of these amounts or whose texts may name a processor id
    /// (<c>ch_</c>, <c>py_</c>): the only credits a returned debit of that amount or a batch item naming a charge can find. A month of
    /// credits read and made into lines each night was most of what a night with returns spent on them.</param>
    public (IReadOnlyList<OutstandingCash> Lines, IReadOnlyList<OutstandingItem> Items) EarlierMoney(DateOnly since, DateOnly asOf,
        IReadOnlyCollection<decimal>? creditAmounts = null)
    {
        var pool = new TextPool();
        var parameters = new List<(string, object?)> { ("@since", since), ("@asOf", asOf) };
        var lines = Read($"""
            SELECT {string.Join(", ", WholeLineColumns)} FROM {LineTables}
            WHERE t.amount_x4 > 0 AND i.as_of >= @since AND i.as_of < @asOf
            {SoughtCredits(creditAmounts, parameters)}
            """, r => CashRow(r, pool), [.. parameters]);
        var items = Read($"""
            SELECT {string.Join(", ", WholeItemColumns)} FROM {ItemTables}
            WHERE it.gross_x4 > 0 AND i.as_of >= @since AND i.as_of < @asOf
            """, r => ItemRow(r, pool), ("@since", since), ("@asOf", asOf));
        return (lines, items);
    }

    // The credits of those amounts, or that may name a processor's charge or payment (worked out as each line was stored).
    private static string SoughtCredits(IReadOnlyCollection<decimal>? amounts, List<(string, object?)> parameters)
    {
        if (amounts is null || amounts.Count > KeysPerQuery) return "";
        var keys = amounts.Distinct().Select((a, i) => { parameters.Add(($"@m{i}", Fixed4.ToStore(a))); return $"@m{i}"; }).ToList();
        parameters.Add(("@names", true));
        return keys.Count == 0 ? "AND t.names_processor_id = @names" : $"AND (t.amount_x4 IN ({string.Join(", ", keys)}) OR t.names_processor_id = @names)";
    }
}
