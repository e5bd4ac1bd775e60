using Npgsql;
using Reconciler.Storage;
using Reconciler.Storage.PostgreSql;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

/// <summary>The store contract on PostgreSQL: a database of its own per test (skipped with the reason when no server is reachable).</summary>
public sealed class PostgreSqlStoreContractTests : StoreContractTests
{
    private string? _name;
    private string? _connection;

    public override void CreateDatabase() => (_name, _connection) = PostgresServer.CreateDatabase();

    public override void DropDatabase()
    {
        if (_name is not null) PostgresServer.DropDatabase(_name);
    }

    protected override IReconciliationStore OpenStore() => new PostgreSqlStore(_connection!);

    [Test]
    public void TwoProcessesMigratingAtOnce_ApplyEachMigrationOnce()
    {
        var versions = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
        {
            using var store = OpenStore();
            return store.Migrate();
        }).ToList();

        Assert.That(versions.Distinct().Count(), Is.EqualTo(1));
        using var connection = new NpgsqlConnection(_connection);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.That(reader.GetInt64(0), Is.EqualTo(reader.GetInt64(1)).And.EqualTo(PostgreSqlMigrationCount()));
    }

    [Test]
    public void ProcessesTakingTheRunLockAtOnce_LeaveExactlyOneHolder()
    {
        using (CreateStore()) { }
        var outcomes = Enumerable.Range(1, 8).AsParallel().WithDegreeOfParallelism(8).Select(n =>
        {
            using var store = OpenStore();
            return (Holder: $"R{n}", Refused: store.TryAcquireLock("default", $"R{n}", n, "hostA", At, TimeSpan.FromMinutes(30), _ => true));
        }).ToList();

        var winner = outcomes.Where(o => o.Refused is null).Select(o => o.Holder).ToList();
        Assert.That(winner, Has.Count.EqualTo(1));
        Assert.That(outcomes.Where(o => o.Refused is not null).Select(o => o.Refused!.Holder).Distinct(), Is.EqualTo(winner));
    }

    [Test]
    public void DryRun_LeavesNothingBehind()
    {
        using (var store = (PostgreSqlStore)CreateStore())
        {
            store.BeginDryRun();
            store.StartRun("R1", Night1, "console", "h", At);
            Import(store, 'a', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,1.00\n");
            store.CompleteRun(Completed("R1", Night1));
            Assert.That(store.Runs(5), Has.Count.EqualTo(1), "the dry run sees its own work");
        }

        using var after = CreateStore();
        Assert.That(after.Runs(5), Is.Empty);
        Assert.That(after.FindIngested(Hash('a')), Is.Null);
    }

    [Test]
    public void ItsDescription_NeverShowsThePassword()
    {
        using var store = new PostgreSqlStore(new NpgsqlConnectionStringBuilder(_connection) { Password = "s3cret" }.ConnectionString);

        Assert.That(store.ToString(), Does.Contain("PostgreSql").And.Not.Contain("s3cret"));
    }

    private static int PostgreSqlMigrationCount() =>
        typeof(PostgreSqlStore).Assembly.GetManifestResourceNames().Count(n => n.Contains(".PostgreSql.Migrations.", StringComparison.Ordinal));
}
