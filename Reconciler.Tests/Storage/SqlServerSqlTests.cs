using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reconciler.Ingest.Csv;
using Reconciler.Rules.Matching;
using Reconciler.Storage;
using Reconciler.Storage.SqlServer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>
/// No SQL Server runs here, so every statement the store issues to a SQL Server (recorded by <see cref="TSqlRecorder"/>), what
/// the SQL Server dialect writes of its own, and its migration scripts are at least parsed by SQL Server's own parser.
/// </summary>
public sealed class SqlServerSqlTests
{
    private static SqlDialect Dialect => SqlServerStore.DialectFor("Server=nowhere;Database=none");

    public static IEnumerable<TestCaseData> Statements()
    {
        var d = Dialect;
        string[] columns = ["ledger", "holder", "at"];
        string[] values = ["@ledger", "@holder", "@at"];
        yield return Case("InsertIfAbsent", d.InsertIfAbsent("run_locks", columns, values, ["ledger"]));
        yield return Case("Upsert", d.Upsert("run_inputs", columns, values, ["ledger", "holder"], ["at"]));
        yield return Case("InsertReturning", d.InsertReturning("imports", columns, values, "import_id"));
        yield return Case("RegisterExceptions", d.RegisterExceptions);
        yield return Case("Limit", $"SELECT run_id FROM runs ORDER BY run_id {d.Ordinal} DESC {d.Limit("@last")}");
        yield return Case("Lock", $"SELECT holder FROM run_locks {d.LockHint} WHERE ledger = @ledger {d.LockSuffix}");
        yield return Case("False", $"SELECT 1 FROM statements WHERE balanced = {d.False}");
        var m = d.Migrations;
        foreach (var (name, sql) in new[] { ("Lock", m.Lock), ("Exists", m.Exists), ("CreateTable", m.CreateTable), ("Applied", m.Applied), ("Record", m.Record) })
            yield return Case($"Migrations.{name}", sql);
        foreach (var (version, name, sql) in SqlServerStore.MigrationScripts()) yield return Case($"V{version:D3}__{name}.sql", sql);
        using (var store = new ReconciliationStore(new TSqlRecorder(d), "recorder"))
            foreach (var (sql, i) in store.BaselineStatements().Select((s, i) => (s, i))) yield return Case($"outstanding from the latest night {i + 1}", sql);
        var issued = IssuedStatements();
        for (var i = 0; i < issued.Count; i++) yield return Case($"issued {i + 1:D2}: {Regex.Replace(issued[i], @"\s+", " ")[..Math.Min(60, issued[i].Length)]}", issued[i]);
    }

    [Test]
    public void TheStoreIssues_EveryKindOfStatement_ToTheRecorder()
    {
        var issued = IssuedStatements();
        Assert.That(issued, Has.Count.GreaterThanOrEqualTo(40));
        Assert.That(issued, Has.Some.Contains("MERGE run_inputs").And.Some.Contains("OUTPUT INSERTED.import_id").And.Some.Contains("FETCH NEXT @last ROWS ONLY"));
    }

    /// <summary>Every distinct statement the store gives a SQL Server while each of the contract's methods is called.</summary>
    private static List<string> IssuedStatements()
    {
        var recorder = new TSqlRecorder(Dialect);
        var night = new DateOnly(2025, 3, 14);
        var at = new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero);
        using (var store = new ReconciliationStore(recorder, "recorder"))
        {
            store.Migrate();
            store.FindIngested(new string('a', 64));
            store.StartRun("R1", night, "console", "h", at);
            var csv = Parse.Text(new BankCsvReader([]), "Date,Description,Amount\n2025-03-14,A,1.00\n", "bank.csv");
            store.SaveImport(new NewImport(new string('a', 64), "bank.csv", "csv", "R1", night, at), csv);
            store.LinkImport("R1", 1, ImportStatus.AlreadyIngested);
            store.LoadOutstandingCash(night);
            store.LoadNightDebits(night);
            store.LoadOutstandingItems(night);
            store.LoadUnsettledBatches(night);
            store.PriorPayments(night);
            store.EarlierMoney(night.AddDays(-180), night, [1m]);
            store.PreviousOpenItems(night);
            store.PreviousBalances(night);
            store.PreviousExceptions(night);
            store.FirstSeen(["X1"], night);
            store.FileProblems(night);
            store.CompleteRun(new CompletedRun
            {
                RunId = "R1", AsOf = night, FinishedAt = at, OpenItems = [], Exceptions = [], CountsJson = "{}",
                Matching = new MatchingResult([], [], [], new Dictionary<string, decimal>()),
            });
            store.FailRun("R2", "failed", at);
            store.Runs(5);
            store.LoadRun(new RunRecord("R1", night, RunStatus.Completed, "console", at, at, null, null));
            store.LatestExceptions();
            store.LatestOpenBalances();
            store.RecordDecisions("answers.xlsx", new string('b', 64), night, [], at);
            store.DecisionsFor(night);
            store.TryAcquireLock("default", "R1", 1, "host", at, TimeSpan.FromMinutes(30), _ => true);
            store.HeartbeatLock("default", "R1", at);
            store.ReleaseLock("default", "R1");
            store.Explain("X1");
            store.Trail("L-1");
            store.Applications(byInvoice: true, "INV-1");
            store.Settlements("L-1");
            store.Exceptions("source_id", "L-1");
            // What patient statements and the stored night's read-back read, and the reversals' reads of earlier money.
            store.ApplicationsTo(["CLM-1", "CLM-1-PR"], night);
            store.NewestOpenItems(["CLM-1", "CLM-1-SEC"], night);
            store.ReviewerClosings("R1");
            store.NightInputs("R1");
            store.EarlierMoney(night.AddDays(-30), night);
            store.OutstandingCashAmounts(night);
            store.EarlierReversals(night.AddDays(-30), night);
            store.PriorWriteOffs(night.AddDays(-30), night);
        }
        var scripts = SqlServerStore.MigrationScripts().Select(s => s.Sql).ToHashSet();
        return recorder.Statements.Where(s => !scripts.Contains(s)).Distinct().ToList();
    }

    [TestCaseSource(nameof(Statements))]
    public void EveryStatement_ParsesAsTSqlWithoutErrors(string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"), Is.Empty);
    }

    private static TestCaseData Case(string name, string sql) => new TestCaseData(sql).SetArgDisplayNames(name);
}
