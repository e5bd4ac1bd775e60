using Npgsql;

namespace Reconciler.Tests.Support;

/// <summary>
/// The PostgreSQL server tests may use: RECONCILER_TEST_POSTGRES (a connection string to a maintenance database, as
/// .ci/run exports for the cluster it starts). Each test creates a database of its own and drops it afterwards.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "RECONCILER_TEST_POSTGRES";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    private static string? Admin => Environment.GetEnvironmentVariable(Variable);

    /// <summary>Skips the calling test, saying why, when no server can be reached.</summary>
    public static void RequireOrIgnore()
    {
        if (Unavailable.Value is { } reason) Assert.Ignore($"PostgreSQL tests skipped: {reason}");
    }

    /// <summary>Creates reconciler_test_&lt;guid&gt; and returns a connection string to it.</summary>
    public static (string Name, string ConnectionString) CreateDatabase()
    {
        RequireOrIgnore();
        var name = $"reconciler_test_{Guid.NewGuid():N}";
        Admin_Execute($"CREATE DATABASE {name}");
        return (name, new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = false }.ConnectionString);
    }

    public static void DropDatabase(string name) => Admin_Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    private static void Admin_Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Admin) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string? Probe()
    {
        if (string.IsNullOrWhiteSpace(Admin)) return $"{Variable} is not set (.ci/run starts a throwaway cluster and sets it)";
        try
        {
            Admin_Execute("SELECT 1");
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"the server in {Variable} cannot be reached ({e.Message})";
        }
    }
}
