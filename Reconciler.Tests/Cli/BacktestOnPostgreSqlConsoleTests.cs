using Npgsql;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>
/// A backtest on a server store replays the nights inside one transaction it rolls back, reading every stored night first
/// (SQLite's replays read them on two more connections to a throwaway copy): the same nights give the same list on both.
/// </summary>
public sealed class BacktestOnPostgreSqlConsoleTests
{
    [Test]
    public void BacktestOnPostgreSql_ListsWhatTheSameBacktestListsOnSqlite_AndCommitsNothing()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            using var folder = new TempFolder();
            var config = ConsoleProcess.PrivateConfig(folder);
            var db = folder.File("r.db");
            BacktestConsoleTests.RunSampleNights(folder, config, db);
            BacktestConsoleTests.RunSampleNights(folder, config, db, "--provider", "PostgreSql", "--connection", connection);
            var candidate = folder.File("candidate-rules.json");
            File.WriteAllText(candidate, BacktestConsoleTests.WithClaimPostingOff(File.ReadAllText(Path.Combine(config, "rules.json"))));
            var rowsBefore = RowCounts(connection);

            var onSqlite = ConsoleProcess.Run(folder.Path, "backtest", "--rules", candidate, "--out", folder.File("bt-sqlite"), "--config", config, "--db", db);
            var onPostgres = ConsoleProcess.Run(folder.Path, "backtest", "--rules", candidate, "--out", folder.File("bt-postgres"), "--config", config,
                "--provider", "PostgreSql", "--connection", connection);

            Assert.That(onSqlite.ExitCode, Is.EqualTo(0), onSqlite.Error + onSqlite.Out);
            Assert.That(onPostgres.ExitCode, Is.EqualTo(0), onPostgres.Error + onPostgres.Out);
            var expected = Listed(folder.File("bt-sqlite/backtest.csv"));
            Assert.That(expected, Is.Not.Empty, "claim postings disappear with claim_posting off");
            Assert.That(Listed(folder.File("bt-postgres/backtest.csv")), Is.EqualTo(expected));
            Assert.That(RowCounts(connection), Is.EqualTo(rowsBefore), "rows of the PostgreSQL tables");
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    private static List<string> Listed(string backtestCsv) =>
        ReportFiles.Rows(backtestCsv).Select(r => string.Join("|", r.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"))).ToList();

    /// <summary>Every table of the database with its number of rows.</summary>
    private static Dictionary<string, long> RowCounts(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        using (var reader = list.ExecuteReader())
            while (reader.Read()) tables.Add(reader.GetString(0));
        Assert.That(tables, Does.Contain("applications"));
        return tables.ToDictionary(t => t, t =>
        {
            using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{t}\"", connection);
            return (long)count.ExecuteScalar()!;
        });
    }
}
