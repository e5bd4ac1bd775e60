using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reconciler.Ingest.OpenItems;

/// <summary>Open items from a SQL Server billing database: the configured query with @AsOf as a date parameter.</summary>
public sealed class SqlServerOpenItemsSource(string connectionString, string query, IReadOnlyDictionary<string, string>? columns = null, int commandTimeoutSeconds = 120)
    : QueryOpenItemsSource("sqlserver", connectionString, query, columns, commandTimeoutSeconds)
{
    protected override DbConnection Connect() => new SqlConnection(ConnectionString);

    protected override DbParameter AsOfParameterFor(DateOnly asOf) =>
        new SqlParameter("@" + AsOfParameter, SqlDbType.Date) { Value = asOf.ToDateTime(TimeOnly.MinValue) };
}

/// <summary>The same source against a PostgreSQL billing database (Npgsql; @AsOf is a named parameter there too).</summary>
public sealed class PostgreSqlOpenItemsSource(string connectionString, string query, IReadOnlyDictionary<string, string>? columns = null, int commandTimeoutSeconds = 120)
    : QueryOpenItemsSource("postgresql", connectionString, query, columns, commandTimeoutSeconds)
{
    protected override DbConnection Connect() => new Npgsql.NpgsqlConnection(ConnectionString);

    protected override DbParameter AsOfParameterFor(DateOnly asOf) =>
        new Npgsql.NpgsqlParameter(AsOfParameter, NpgsqlTypes.NpgsqlDbType.Date) { Value = asOf };
}
