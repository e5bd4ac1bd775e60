using Reconciler.Storage.PostgreSql;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Storage;

/// <summary>Whole nights through ReconciliationRun on PostgreSQL give the same reports as on SQLite (run ids aside).</summary>
public sealed class PostgreSqlNightTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);
    private static readonly string[] Reports = ["applications.csv", "exceptions.csv", "settlements.csv", "deposits.csv", "aging.csv"];

    [Test]
    public void GeneratedNightAndTheNightAfter_GiveTheSameReportsOnPostgreSqlAsOnSqlite()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            using var night = new Night();
            NightGenerator.Generate(new GenerateOptions(night.Root, Invoices: 150, BankLines: 150, Seed: 5, AsOf: AsOf));
            using (var sqlite = new SqliteStore(night.Database))
            using (var postgres = new PostgreSqlStore(connection))
            {
                sqlite.Migrate();
                postgres.Migrate();
                foreach (var asOf in new[] { AsOf, AsOf.AddDays(1) })
                {
                    var onSqlite = night.Run(sqlite, asOf, "-sqlite");
                    var onPostgres = night.Run(postgres, asOf, "-postgres");
                    Assert.That(onPostgres.ExitCode, Is.EqualTo(onSqlite.ExitCode), $"exit code of {asOf}");
                }
            }

            foreach (var asOf in new[] { AsOf, AsOf.AddDays(1) })
            foreach (var report in Reports)
            {
                var expected = WithoutRunIds(Path.Combine(night.Out(asOf, "-sqlite"), report));
                Assert.That(WithoutRunIds(Path.Combine(night.Out(asOf, "-postgres"), report)), Is.EqualTo(expected), $"{report} of {asOf}");
                if (report == "applications.csv" && asOf == AsOf) Assert.That(expected, Has.Length.GreaterThan(10), "the night applied money");
            }
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    /// <summary>The report's lines with any run_id column removed.</summary>
    private static string[] WithoutRunIds(string path)
    {
        var lines = File.ReadAllLines(path);
        var column = Array.IndexOf(lines[0].Split(','), "run_id");
        return column < 0 ? lines : lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != column))).ToArray();
    }
}
