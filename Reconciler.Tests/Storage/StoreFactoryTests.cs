using Reconciler.Configuration;
using Reconciler.Storage;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public sealed class StoreFactoryTests
{
    [Test]
    public void UnknownProvider_IsAConfigurationErrorListingTheValidOnes()
    {
        Assert.That(() => StoreFactory.Open(new StoreOptions("Oracle", null, "x")),
            Throws.TypeOf<ConfigurationError>().With.Message.Contains("Oracle").And.Message.Contains("Sqlite, SqlServer, PostgreSql"));
    }

    [TestCase("PostgreSql")]
    [TestCase("sqlserver")]
    public void ServerProviderWithoutAConnectionString_IsAConfigurationError(string provider)
    {
        Assert.That(() => StoreFactory.Open(new StoreOptions(provider, null, " ")),
            Throws.TypeOf<ConfigurationError>().With.Message.Contains("RECONCILER_CONNECTION"));
    }

    [Test]
    public void UnreachableServer_FailsWithoutShowingThePassword()
    {
        Assert.That(() => StoreFactory.Open(new StoreOptions("PostgreSql", null, "Host=127.0.0.1;Port=1;Username=u;Password=s3cret;Timeout=2")),
            Throws.InvalidOperationException.With.Message.Contains("***").And.Message.Not.Contains("s3cret"));
    }

    [Test]
    public void SqliteDryRun_WorksOnACopyThatDisappears()
    {
        using var folder = new TempFolder();
        string copy;
        using (var store = (SqliteStore)StoreFactory.Open(new StoreOptions("sqlite", folder.File("r.db"), null, DryRun: true)))
        {
            copy = store.FilePath;
            store.StartRun("R1", new DateOnly(2025, 3, 14), "console", "h", DateTimeOffset.UnixEpoch);
        }

        using var real = StoreFactory.Open(new StoreOptions("Sqlite", folder.File("r.db"), null));
        Assert.That(real.Runs(5), Is.Empty);
        Assert.That(File.Exists(copy), Is.False);
    }
}
