using Microsoft.Data.SqlClient;

namespace Reconciler.Tests.Support;

/// <summary>
/// The SQL Server tests may use: RECONCILER_TEST_SQLSERVER (a connection string with the right to create databases).
/// No SQL Server runs on the project's machines, so without it these tests report themselves skipped.
/// </summary>
public static class SqlServerTestServer
{
    public const string Variable = "RECONCILER_TEST_SQLSERVER";

    private static string? Admin => Environment.GetEnvironmentVariable(Variable);

    public static void RequireOrIgnore()
    {
        if (string.IsNullOrWhiteSpace(Admin))
            Assert.Ignore($"SQL Server tests skipped: {Variable} is not set (no SQL Server can run here; set it to a connection string that may create databases)");
    }

    public static (string Name, string ConnectionString) CreateDatabase()
    {
        RequireOrIgnore();
        var name = $"reconciler_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE [{name}]");
        return (name, new SqlConnectionStringBuilder(Admin) { InitialCatalog = name, Pooling = false }.ConnectionString);
    }

    public static void DropDatabase(string name) =>
        Execute($"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END");

    private static void Execute(string sql)
    {
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(Admin) { InitialCatalog = "master", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new SqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
