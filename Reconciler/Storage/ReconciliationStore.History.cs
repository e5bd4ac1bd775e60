using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    // A few hundred keys per statement: far under every database's parameter limit (SQL Server's is 2,100).
    private const int KeysPerQuery = 500;

    /// <summary>Each date's latest completed run up to @asOf: the nights reports read (a rerun replaces its night).</summary>
    private const string NightRunsUpTo = """
        SELECT r.run_id FROM runs r WHERE r.status = 'completed' AND r.as_of <= @asOf
        AND NOT EXISTS (SELECT 1 FROM runs l WHERE l.status = 'completed' AND l.as_of = r.as_of AND l.started_at > r.started_at)
        """;

    public IReadOnlyList<Application> ApplicationsTo(IReadOnlyCollection<string> invoiceNumbers, DateOnly asOf) =>
        ByKeys(invoiceNumbers, asOf, keys => $"""
            SELECT source_kind, source_id, source_file, invoice_number, customer_id, applied_x4, currency, "rule", confidence, explanation, cash_date
            FROM applications WHERE invoice_number IN ({keys}) AND run_id IN ({NightRunsUpTo}) ORDER BY application_id
            """, r => new Application(Text(r, 0), Text(r, 1), NullableText(r, 2), Text(r, 3), Text(r, 4), Amount(r, 5),
            Text(r, 6), Text(r, 7), decimal.Parse(Text(r, 8), CultureInfo.InvariantCulture), Text(r, 9)) { CashDate = NullableDate(r, 10) });

    public IReadOnlyList<OpenItem> NewestOpenItems(IReadOnlyCollection<string> invoiceNumbers, DateOnly asOf) =>
        ByKeys(invoiceNumbers, asOf, keys => $"""
            SELECT s.invoice_number, s.customer_id, s.customer_name, s.issue_date, s.due_date, s.currency, s.amount_x4, s.open_x4, s.responsible,
                   s.created_from, s.patient_name, s.patient_id, s.secondary_payer_id, r.as_of
            FROM open_item_snapshots s JOIN runs r ON r.run_id = s.run_id
            WHERE s.invoice_number IN ({keys}) AND s.run_id IN ({NightRunsUpTo})
            """, r => (Item: Rows.LoadRows.Snapshot(r, 0), AsOf: Date(r, 13)))
            .GroupBy(s => s.Item.InvoiceNumber, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.AsOf).Item).ToList();

    /// <summary>
    /// <see cref="ByKeys"/> for lookups whose rows' order does not matter (a dictionary, a cache): in one statement where the
    /// dialect takes the keys as one parameter (<see cref="SqlDialect.KeyList"/>).
    /// </summary>
    private List<T> AnyOrderByKeys<T>(IReadOnlyCollection<string> keys, DateOnly? asOf, Func<string, string> sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        if (Dialect.KeyList("@keys") is not { } list || keys.Count <= 1) return ByKeys(keys, asOf, sql, map);
        (string, object?) value = ("@keys", Dialect.KeyListValue(keys.Distinct(StringComparer.Ordinal).ToList()));
        return Read(sql(list), map, asOf is { } night ? [value, ("@asOf", night)] : [value]);
    }

    private List<T> ByKeys<T>(IReadOnlyCollection<string> keys, DateOnly? asOf, Func<string, string> sql, Func<System.Data.Common.DbDataReader, T> map)
    {
        var rows = new List<T>();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            var keyed = chunk.Select((k, i) => ($"@k{i}", (object?)k));
            var parameters = (asOf is { } night ? keyed.Append(("@asOf", (object?)night)) : keyed).ToArray();
            rows.AddRange(Read(sql(string.Join(", ", chunk.Select((_, i) => $"@k{i}"))), map, parameters));
        }
        return rows;
    }
}
