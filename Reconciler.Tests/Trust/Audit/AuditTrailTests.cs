using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Audit;

/// <summary>
/// Every application, settlement, exception and decision step names the run (and rule) that made it, and is never updated
/// in place: reruns and later nights only add rows.
/// </summary>
public sealed partial class AuditTrailTests
{
    private static readonly string[] Ledgers = ["applications", "settlements", "exceptions", "decision_trail", "cash_positions", "open_item_snapshots", "decisions", "imports", "bank_transactions"];

    [Test]
    public void RerunsAndLaterNights_OnlyAddRows_LeavingEarlierRowsUnchangedByteForByte()
    {
        using var night = new Night();
        night.OpenItems("INV-1001,C-1,Globex Corp,2025-02-01,2025-03-03,USD,2500.00,2500.00", "INV-1002,C-2,Initech,2025-02-01,2025-03-03,USD,980.50,980.50");
        night.Drop("bank.csv", "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,DEPOSIT,75.00\n");
        night.Run(new DateOnly(2025, 3, 14));
        var before = Snapshot(night.Database);

        night.Run(new DateOnly(2025, 3, 14), "-rerun");
        night.Drop("bank2.csv", "Date,Description,Amount\n2025-03-15,INITECH INV-1002,980.50\n");
        night.Run(new DateOnly(2025, 3, 15));
        var after = Snapshot(night.Database);

        Assert.That(before["applications"], Is.Not.Empty, "the first night applied cash");
        foreach (var table in Ledgers)
        {
            Assert.That(after[table], Is.SupersetOf(before[table]), $"{table}: an earlier row was changed or removed");
            Assert.That(after[table], Has.Count.GreaterThanOrEqualTo(before[table].Count));
        }
        Assert.That(after["applications"], Has.Count.GreaterThan(before["applications"].Count), "the rerun and the next night added their own rows");
        Assert.That(Rows(night.Database, "SELECT run_id || '|' || rule FROM applications").Where(r => r.StartsWith('|') || r.EndsWith('|')), Is.Empty,
            "every application names its run and rule");
    }

    [Test]
    public void StoreStatements_UpdateOnlyTheLedgerOfRunsTheRunLockTheRunInputLinksAndTheExceptionRegistry()
    {
        var sources = Directory.GetFiles(Repository.Path("Reconciler", "Storage"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        var updated = sources.SelectMany(s => UpdateOrDelete().Matches(s)).Select(m => m.Groups["table"].Value.ToLowerInvariant()).Distinct().Order().ToList();

        // runs: status running -> completed | failed, completed -> superseded (the ledger of runs); run_locks: the lock row;
        // exception_registry: first/last seen dates of an exception id; run_inputs: a run's own link to an input, rewritten only
        // by that run; payer_aliases: a learned alias a reviewer removes (`reconciler aliases remove`; the applications it made keep
        // it in their explanation). Applications, settlements, exceptions, decision steps, decisions, imports and bank lines are insert-only.
        Assert.That(updated, Is.EqualTo(new[] { "exception_registry", "payer_aliases", "run_inputs", "run_locks", "runs" }));
    }

    private static Dictionary<string, List<string>> Snapshot(string database) =>
        // Table names cannot be parameters; they come from the fixed list above, never from data.
        Ledgers.ToDictionary(t => t, t => Rows(database, "SELECT * FROM " + t));

    private static List<string> Rows(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }


    [GeneratedRegex(@"\bUPDATE\s+(?<table>[a-z_]+)\s+SET\b|\bDELETE\s+FROM\s+(?<table>[a-z_]+)|\bMERGE\s+(?:INTO\s+)?(?<table>[a-z_]+)|\bINSERT\s+OR\s+REPLACE\s+INTO\s+(?<table>[a-z_]+)|\bINSERT\s+INTO\s+(?<table>[a-z_]+)[^;""]*?\bON\s+CONFLICT\b[^;""]*?\bDO\s+UPDATE\b|\bUpsert\(\s*""(?<table>[a-z_]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateOrDelete();
}
