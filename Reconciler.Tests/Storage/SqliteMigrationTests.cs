using Microsoft.Data.Sqlite;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>A database written by earlier versions upgrades to the one schema and keeps every row, decision details word for word.</summary>
public sealed class SqliteMigrationTests
{
    [Test]
    public void ADatabaseOfVersion5_KeepsItsResultsAndItsDecisionDetailsWord_for_word()
    {
        using var folder = new TempFolder();
        var path = folder.File("old.db");
        DatabaseOfVersion(path, 5, """
            INSERT INTO runs(run_id, as_of, status, trigger, rules_hash, started_at) VALUES ('R1', '2025-03-14', 'completed', 'console', 'h', 't');
            INSERT INTO decision_trail VALUES ('R1', 'line-2', 1, 'cash rules', 'no match', 'a: none; b: none'),
                                              ('R1', 'line-1', 1, 'cash rules', 'no match', 'a: none; b: none'),
                                              ('R1', 'line-1', 2, 'amount_only', 'suggested', 'owes 1.00');
            INSERT INTO open_item_snapshots VALUES ('R1', 'INV-2', 'C', 'N', '2025-01-01', '2025-02-01', 'USD', 10000, 10000, 10000);
            INSERT INTO cash_positions VALUES ('R1', 'line-1', 5000);
            INSERT INTO exception_registry VALUES ('X1', 'unmatched_receipt', '2025-03-14', '2025-03-14');
            INSERT INTO exceptions VALUES ('R1', 'X1', 'unmatched_receipt', 'medium', 'bank_line', 'line-1', NULL, NULL, 5000, NULL, 'USD',
                                           '2025-03-14', 'd', 's', NULL);
            """);

        using var store = new SqliteStore(path);
        Assert.That(store.Migrate(), Is.GreaterThanOrEqualTo(8));
        var details = Rows(store, "SELECT source_id || '/' || step, detail FROM decision_trail ORDER BY source_id, step").Select(r => (r[0], r[1])).ToList();
        Assert.That(details, Is.EqualTo(new[] { ("line-1/1", "a: none; b: none"), ("line-1/2", "owes 1.00"), ("line-2/1", "a: none; b: none") }));
        Assert.That(Rows(store, "SELECT invoice_number, export_open_x4 FROM open_item_snapshots")[0], Is.EqualTo(new[] { "INV-2", "10000" }));
        Assert.That(Rows(store, "SELECT source_id, remaining_x4 FROM cash_positions")[0], Is.EqualTo(new[] { "line-1", "5000" }));
        Assert.That(Rows(store, "SELECT exception_id, first_seen FROM exceptions")[0], Is.EqualTo(new[] { "X1", "2025-03-14" }));
        Assert.That(Rows(store, "SELECT exception_id, last_seen FROM exception_registry")[0], Is.EqualTo(new[] { "X1", "2025-03-14" }));
    }

    [Test]
    public void ADatabaseOfVersion12_MarksTheLinesStoredBeforeThatMayNameAProcessorId()
    {
        using var folder = new TempFolder();
        var path = folder.File("v12.db");
        DatabaseOfVersion(path, 12, """
            INSERT INTO imports VALUES (1, 'h', 'bank.csv', 'csv', 'ingested', 4, '', '2025-03-14', 'R1', 't');
            INSERT INTO statements(statement_id, import_id, ordinal, account, currency) VALUES (1, 1, 1, 'A', 'USD');
            INSERT INTO bank_transactions(line_id, import_id, statement_id, ordinal, account, booking_date, amount_x4, currency, status,
                                          remittance, refs, reversal, items)
            VALUES ('L1', 1, 1, 1, 'A', '2025-03-14', 10000, 'USD', 'booked', 'STRIPE CH_3KX9', NULL, 0, NULL),
                   ('L2', 1, 1, 2, 'A', '2025-03-14', 20000, 'USD', 'booked', 'PAYOUT', '["py_77aa"]', 0, NULL),
                   ('L3', 1, 1, 3, 'A', '2025-03-14', 30000, 'USD', 'booked', 'CHURCH ch-3', NULL, 0, NULL),
                   ('L4', 1, 1, 4, 'A', '2025-03-14', 40000, 'USD', 'booked', NULL, NULL, 0, '[{"Id":"ch_9"}]');
            """);

        using var store = new SqliteStore(path);
        store.Migrate();

        Assert.That(Rows(store, "SELECT line_id FROM bank_transactions WHERE names_processor_id = 1 ORDER BY line_id").Select(r => r[0]),
            Is.EqualTo(new[] { "L1", "L2", "L4" }));
    }

    [Test]
    public void ADatabaseOfVersion7_GetsEachStepsDetailBackFromItsPhrases_InTheStepsOrder()
    {
        using var folder = new TempFolder();
        var path = folder.File("v7.db");
        DatabaseOfVersion(path, 7, """
            INSERT INTO runs(run_id, as_of, status, trigger, rules_hash, started_at) VALUES ('R1', '2025-03-14', 'completed', 'console', 'h', 't');
            INSERT INTO trail_phrases VALUES ('R1', 1, 'a: none'), ('R1', 2, 'b: none'), ('R1', 3, 'owes 1.00');
            INSERT INTO decision_trail(run_id, source_id, step, rule, outcome, phrases, detail) VALUES
                ('R1', 'line-1', 1, 'cash rules', 'no match', '2 1', NULL),
                ('R1', 'line-1', 2, 'amount_only', 'suggested', '3', NULL),
                ('R1', 'line-2', 1, 'reference', 'applied', '', 'reference INV-1 found; amount 1.00 equals open 1.00 USD');
            """);

        using var store = new SqliteStore(path);
        store.Migrate();

        var details = Rows(store, "SELECT source_id || '/' || step, detail FROM decision_trail ORDER BY source_id, step").Select(r => (r[0], r[1])).ToList();
        Assert.That(details, Is.EqualTo(new[]
        {
            ("line-1/1", "b: none; a: none"), ("line-1/2", "owes 1.00"), ("line-2/1", "reference INV-1 found; amount 1.00 equals open 1.00 USD"),
        }));
        Assert.That(Rows(store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'trail_phrases'")[0][0], Is.EqualTo("0"));
    }

    /// <summary>A database as version <paramref name="version"/> of the migrations left it, with <paramref name="rows"/> in it.</summary>
    private static void DatabaseOfVersion(string path, int version, string rows)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (number, name, sql) in SqliteStore.MigrationScripts().Where(s => s.Version <= version))
        {
            Execute(connection, sql);
            Execute(connection, "INSERT INTO schema_migrations VALUES ($version, $name, 'then')", ("$version", number), ("$name", name));
        }
        Execute(connection, rows);
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = new SqliteCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static List<string[]> Rows(SqliteStore store, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = store.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ToArray());
        return rows;
    }
}
