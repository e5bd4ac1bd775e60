using System.Globalization;
using Reconciler.Rules.Model;

namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public StoredRun? LoadRun(DateOnly asOf, bool orEarlier = false)
    {
        var run = Runs(int.MaxValue).Where(r => r.Status == "completed" && (orEarlier ? r.AsOf <= asOf : r.AsOf == asOf))
            .OrderByDescending(r => r.AsOf).FirstOrDefault();
        if (run is null) return null;
        var id = ("$run", (object?)run.RunId);

        var inputs = Rows("""
            SELECT i.file_name, i.format, i.records, ri.outcome, i.problems FROM run_inputs ri JOIN imports i ON i.import_id = ri.import_id
            WHERE ri.run_id = $run ORDER BY i.file_name
            """, r => (r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4)), id);
        var snapshot = Rows("""
            SELECT invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4, COALESCE(export_open_x4, open_x4)
            FROM open_item_snapshots WHERE run_id = $run ORDER BY invoice_number
            """, r => (Item: new OpenItem(r.GetString(0), r.GetString(1), r.GetString(2), ParseDate(r.GetString(3)), ParseDate(r.GetString(4)), r.GetString(5),
                Fixed4.FromStore(r.GetInt64(6)), Fixed4.FromStore(r.GetInt64(7))), Exported: Fixed4.FromStore(r.GetInt64(8))), id);
        var applications = Rows("""
            SELECT source_kind, source_id, source_file, invoice_number, customer_id, applied_x4, currency, rule, confidence, explanation, cash_date
            FROM applications WHERE run_id = $run ORDER BY application_id
            """, r => new Application(r.GetString(0), r.GetString(1), NullableString(r, 2), r.GetString(3), r.GetString(4), Fixed4.FromStore(r.GetInt64(5)),
                r.GetString(6), r.GetString(7), decimal.Parse(r.GetString(8), CultureInfo.InvariantCulture), r.GetString(9))
            { CashDate = r.IsDBNull(10) ? null : ParseDate(r.GetString(10)) }, id);
        var settlements = Rows("""
            SELECT bank_line_id, bank_x4, currency, batch_kind, batch_id, batch_x4, status, rule, batch_key, explanation
            FROM settlements WHERE run_id = $run ORDER BY settlement_id
            """, r => new Settlement(r.GetString(0), Fixed4.FromStore(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetString(4),
                Fixed4.FromStore(r.GetInt64(5)), r.GetString(6), r.GetString(7)) { BatchKey = NullableString(r, 8) ?? "", Explanation = NullableString(r, 9) ?? "" }, id);
        var positions = Rows("SELECT source_id, remaining_x4 FROM cash_positions WHERE run_id = $run", r => (r.GetString(0), Fixed4.FromStore(r.GetInt64(1))), id);

        var exceptions = PreviousExceptionsOf(run.RunId);
        return new StoredRun
        {
            Run = run,
            Inputs = inputs,
            OpenItems = snapshot.Select(s => s.Item).ToList(),
            ExportedOpen = snapshot.ToDictionary(s => s.Item.InvoiceNumber, s => s.Exported, StringComparer.Ordinal),
            Applications = applications,
            Settlements = settlements,
            Exceptions = exceptions.Select(c => (c.Discrepancy, c.FirstSeen)).ToList(),
            Unapplied = positions.ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal),
        };
    }

    private List<T> Rows<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map, params (string, object?)[] parameters) =>
        Rows(sql, map, null, parameters);

    private List<T> Rows<T>(string sql, Func<Microsoft.Data.Sqlite.SqliteDataReader, T> map, Microsoft.Data.Sqlite.SqliteTransaction? transaction,
        params (string, object?)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.Transaction = transaction;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }
}
