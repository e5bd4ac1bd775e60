using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Npgsql;
using Reconciler.Storage.Sqlite;
using Reconciler.Storage.SqlServer;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>
/// The three dialects' migrations create the same tables with the same columns: SQLite and PostgreSQL read from the live
/// database's catalog, SQL Server from its migration scripts as SQL Server's own parser reads them (or from a live server
/// when RECONCILER_TEST_SQLSERVER names one).
/// </summary>
public sealed class OneSchemaTests
{
    [Test]
    public void SqlServersMigrationScripts_CreateTheTablesAndColumnsSqliteHas()
    {
        Assert.That(SqlServerScripts(), Is.EqualTo(Sqlite()));
    }

    [Test]
    public void PostgreSql_HasTheTablesAndColumnsSqliteHas()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            using (var store = new Reconciler.Storage.PostgreSql.PostgreSqlStore(connection)) store.Migrate();
            using var catalog = new NpgsqlConnection(connection);
            Assert.That(InformationSchema(catalog, "current_schema()"), Is.EqualTo(Sqlite()));
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    [Test]
    public void ALiveSqlServer_HasTheTablesAndColumnsSqliteHas()
    {
        var (name, connection) = SqlServerTestServer.CreateDatabase();
        try
        {
            using (var store = new SqlServerStore(connection)) store.Migrate();
            using var catalog = new SqlConnection(connection);
            Assert.That(InformationSchema(catalog, "SCHEMA_NAME()"), Is.EqualTo(Sqlite()));
        }
        finally
        {
            SqlServerTestServer.DropDatabase(name);
        }
    }

    [Test]
    public void TheSchemaRead_IsTheWholeSchema()
    {
        var columns = Sqlite();
        Assert.That(columns, Has.Member("decision_trail.detail").And.Member("applications.cash_date").And.Member("run_locks.heartbeat_at"));
        // imports, statements, bank_transactions, payment_batches, payment_items, runs, run_inputs, open_item_snapshots, applications,
        // settlements, cash_positions, exceptions, exception_registry, decision_trail, decision_imports, decisions, run_locks, payer_aliases,
        // reversals.
        Assert.That(columns.Select(c => c.Split('.')[0]).Distinct().Count(), Is.EqualTo(19));
    }

    /// <summary>"table.column" of every table a fresh SQLite store has, the migrator's own left out.</summary>
    private static List<string> Sqlite()
    {
        using var folder = new TempFolder();
        using var store = new SqliteStore(folder.File("schema.db"));
        store.Migrate();
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT m.name || '.' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'schema_migrations'
            """;
        return Sorted(command);
    }

    private static List<string> InformationSchema(DbConnection connection, string schema)
    {
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = {schema} AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'
            """;
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add($"{reader.GetString(0)}.{reader.GetString(1)}");
        return [.. columns.Order(StringComparer.Ordinal)];
    }

    /// <summary>What the scripts leave, replayed in order: tables created and dropped, columns added and dropped.</summary>
    private static List<string> SqlServerScripts()
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, name, sql) in SqlServerStore.MigrationScripts())
        {
            var parser = new TSql170Parser(initialQuotedIdentifiers: true);
            using var reader = new StringReader(sql);
            var script = (TSqlScript)parser.Parse(reader, out var errors);
            Assert.That(errors, Is.Empty, name);
            foreach (var statement in script.Batches.SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement create:
                        tables[Name(create.SchemaObjectName)] = create.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();
                        break;
                    case DropTableStatement drop:
                        foreach (var o in drop.Objects) tables.Remove(Name(o));
                        break;
                    case AlterTableAddTableElementStatement add:
                        tables[Name(add.SchemaObjectName)].AddRange(add.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
                        break;
                    case AlterTableDropTableElementStatement drop:
                        foreach (var element in drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                            tables[Name(drop.SchemaObjectName)].Remove(element.Name.Value);
                        break;
                }
            }
        }
        return [.. tables.SelectMany(t => t.Value.Select(c => $"{t.Key}.{c}")).Order(StringComparer.Ordinal)];
    }

    private static string Name(SchemaObjectName name) => name.BaseIdentifier.Value;

    private static List<string> Sorted(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return [.. rows.Order(StringComparer.Ordinal)];
    }
}
