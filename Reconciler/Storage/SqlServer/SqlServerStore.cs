namespace Reconciler.Storage.SqlServer;

/// <summary>The store on SQL Server: <see cref="ReconciliationStore"/> with the SQL Server dialect.</summary>
public sealed class SqlServerStore(string connectionString)
    : ReconciliationStore(new SqlServerDialect(connectionString), $"SqlServer ({ConnectionStrings.Redact(connectionString)})")
{
    /// <summary>The embedded T-SQL migration scripts, in order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> MigrationScripts() => SqlServerDialect.MigrationScripts();

    /// <summary>The dialect, for reading what it writes without a server.</summary>
    internal static SqlDialect DialectFor(string connectionString) => new SqlServerDialect(connectionString);
}
