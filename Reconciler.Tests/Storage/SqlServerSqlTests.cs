using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reconciler.Storage;
using Reconciler.Storage.SqlServer;

namespace Reconciler.Tests.Storage;

/// <summary>
/// No SQL Server runs here, so what the SQL Server dialect writes of its own (upserts, limits, new ids, the registry's MERGE,
/// the migrator's statements) and its migration scripts are at least parsed by SQL Server's own parser.
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
