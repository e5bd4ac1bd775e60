using Reconciler.Configuration;
using Reconciler.Scheduling;

namespace Reconciler.Tests.Scheduling;

/// <summary>Where the worker's schedule lives, and whether it is clustered, for each store provider.</summary>
public sealed class SchedulerStorePlanTests
{
    private const string Server = "Host=db;Database=reconciler";

    [TestCase("PostgreSql", "PostgreSql")]
    [TestCase("postgresql", "PostgreSql")]
    [TestCase("SqlServer", "SqlServer")]
    public void AServerDatabase_HoldsTheScheduleClustered_ByDefault(string provider, string expected)
    {
        var plan = SchedulerStorePlan.For(provider, Server, new ScheduleSettings(), () => "unused");

        Assert.That(plan, Is.EqualTo(new SchedulerStorePlan(expected, Server, Clustered: true)));
    }

    [Test]
    public void AServerDatabase_CanBeLeftUnclustered()
    {
        var plan = SchedulerStorePlan.For("PostgreSql", Server, new ScheduleSettings { Clustered = false }, () => "unused");

        Assert.That(plan.Clustered, Is.False);
    }

    [Test]
    public void Sqlite_IsNeverClustered()
    {
        var plan = SchedulerStorePlan.For("Sqlite", null, new ScheduleSettings(), () => "Data Source=x.db");

        Assert.That(plan, Is.EqualTo(new SchedulerStorePlan("Sqlite", "Data Source=x.db", Clustered: false)));
    }

    [Test]
    public void ClusteredOnSqlite_IsAConfigurationError()
    {
        var error = Assert.Throws<ConfigurationError>(() => SchedulerStorePlan.For("Sqlite", null, new ScheduleSettings { Clustered = true }, () => "x"));

        Assert.That(error!.Message, Does.Contain("server database"));
    }

    [Test]
    public void AServerDatabaseWithoutAConnectionString_IsAConfigurationError()
    {
        Assert.That(() => SchedulerStorePlan.For("SqlServer", " ", new ScheduleSettings(), () => "x"), Throws.TypeOf<ConfigurationError>());
    }
}
