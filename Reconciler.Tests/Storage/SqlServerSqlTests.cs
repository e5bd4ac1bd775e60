using System.Reflection;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Reconciler.Storage.Server;
using Reconciler.Storage.SqlServer;

namespace Reconciler.Tests.Storage;

/// <summary>No SQL Server runs here, so every T-SQL statement the store can issue is at least parsed by SQL Server's own parser.</summary>
public sealed class SqlServerSqlTests
{
    public static IEnumerable<TestCaseData> Statements()
    {
        foreach (var (name, sql) in Flatten("SqlServerSql", SqlServerSql.All)) yield return new TestCaseData(sql).SetArgDisplayNames(name);
        foreach (var (version, name, sql) in SqlServerStore.MigrationScripts()) yield return new TestCaseData(sql).SetArgDisplayNames($"V{version:D3}__{name}.sql");
    }

    [TestCaseSource(nameof(Statements))]
    public void EveryStatement_ParsesAsTSqlWithoutErrors(string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void TheStatementsAndMigrations_AreAllEnumerated()
    {
        Assert.That(Flatten("SqlServerSql", SqlServerSql.All).Count(), Is.GreaterThanOrEqualTo(30));
        Assert.That(SqlServerStore.MigrationScripts(), Is.Not.Empty);
    }

    /// <summary>Every string property of the statement groups, named Group.Property.</summary>
    private static IEnumerable<(string Name, string Sql)> Flatten(string prefix, object group)
    {
        foreach (var property in group.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(group);
            if (value is string sql) yield return ($"{prefix}.{property.Name}", sql);
            else if (value is not null && property.PropertyType.Namespace == typeof(ServerSql).Namespace)
                foreach (var inner in Flatten($"{prefix}.{property.Name}", value)) yield return inner;
        }
    }
}
