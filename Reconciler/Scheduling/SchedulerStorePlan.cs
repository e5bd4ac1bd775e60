using Reconciler.Cli;
using Reconciler.Configuration;

namespace Reconciler.Scheduling;

/// <summary>
/// Where the worker's Quartz job store lives: beside the nights, in the same database. A server database (PostgreSql,
/// SqlServer) is clustered unless Schedule:Clustered says false, so several workers share one schedule; SQLite never is.
/// </summary>
public sealed record SchedulerStorePlan(string Provider, string ConnectionString, bool Clustered)
{
    public static SchedulerStorePlan For(AppServices app) =>
        For(app.StoreProvider(), app.StoreConnectionString(), app.Settings.Schedule, () => app.SchedulerConnectionString());

    public static SchedulerStorePlan For(string provider, string? serverConnection, ScheduleSettings schedule, Func<string> sqliteConnection)
    {
        var server = provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase) ? "PostgreSql"
            : provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase) ? "SqlServer"
            : null;
        if (server is null)
        {
            if (schedule.Clustered == true)
                throw new ConfigurationError("Reconciler:Schedule:Clustered needs a server database (PostgreSql or SqlServer): Quartz cannot cluster on SQLite");
            return new SchedulerStorePlan("Sqlite", sqliteConnection(), Clustered: false);
        }
        if (string.IsNullOrWhiteSpace(serverConnection))
            throw new ConfigurationError(
                $"the {server} provider needs a connection string: --connection, Reconciler:Database:ConnectionString or RECONCILER_CONNECTION");
        if (schedule.CheckinSeconds < 1 || schedule.CheckinMisfireSeconds < 1)
            throw new ConfigurationError("Reconciler:Schedule:CheckinSeconds and CheckinMisfireSeconds must be at least 1");
        return new SchedulerStorePlan(server, serverConnection, schedule.Clustered ?? true);
    }
}
