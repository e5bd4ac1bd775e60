using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Reconciler.Storage.Sqlite;

/// <summary>
/// Applies the numbered scripts embedded from Migrations/ (V001__name.sql, ...) that the database has not
/// recorded yet, each in its own transaction, and records them in schema_migrations.
/// </summary>
internal static partial class SqliteMigrator
{
    public static int Migrate(SqliteConnection connection)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)
            """);
        var newest = 0;
        foreach (var (version, name, sql) in Scripts())
        {
            // Each script under BEGIN IMMEDIATE, checking inside it whether it is applied: two processes starting
            // at once (a console run beside the worker) apply each script exactly once.
            using var transaction = connection.BeginTransaction();
            using var check = new SqliteCommand("SELECT COUNT(*) FROM schema_migrations WHERE version = $v", connection, transaction);
            check.Parameters.AddWithValue("$v", version);
            if ((long)check.ExecuteScalar()! == 0)
            {
                Execute(connection, transaction, sql);
                using var record = new SqliteCommand(
                    "INSERT INTO schema_migrations(version, name, applied_at) VALUES ($v, $n, datetime('now'))", connection, transaction);
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.ExecuteNonQuery();
            }
            transaction.Commit();
            newest = Math.Max(newest, version);
        }
        return newest;
    }

    public static IEnumerable<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Match: ScriptName().Match(n)))
            .Where(x => x.Match.Success && x.Resource.Contains(".Sqlite.", StringComparison.Ordinal))
            .Select(x => (int.Parse(x.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), x.Match.Groups[2].Value, Read(assembly, x.Resource)))
            .OrderBy(x => x.Item1);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = new SqliteCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"V(\d+)__(\w+)\.sql$")]
    private static partial Regex ScriptName();
}
