using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Npgsql;
using Reconciler.Configuration;
using Reconciler.Ingest.OpenItems;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.OpenItems;

/// <summary>
/// Open items read by a parameterised query from a billing database: checked for real on the CI PostgreSQL, parsed with
/// SQL Server's own parser here, and run against SQL Server when RECONCILER_TEST_SQLSERVER is set.
/// </summary>
public sealed partial class QueryOpenItemsSourceTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    /// <summary>The billing table: the sample open items under billing-style names, one snapshot per date.</summary>
    private const string PostgresBillingQuery = """
        SELECT inv_no AS "InvNo", cust_no, cust_name, issued, due, ccy, total, balance
        FROM billing_open_items
        WHERE snapshot_date = @AsOf
        ORDER BY line_no
        """;

    private static readonly Dictionary<string, string> BillingColumns = new()
    {
        ["invoice_number"] = "InvNo", ["customer_id"] = "cust_no", ["customer_name"] = "cust_name", ["issue_date"] = "issued",
        ["due_date"] = "due", ["currency"] = "ccy", ["amount"] = "total", ["open_amount"] = "balance",
    };

    private static IReadOnlyList<OpenItem> SampleItems() =>
        OpenItemsCsvReader.Read(Repository.Path("sample-data", "invoices.csv")).Items.ToList();

    [Test]
    public void OnPostgreSql_TheQueryWithTheAsOfParameter_GivesTheSameOpenItemsAsTheCsvOfTheSameRows()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            var expected = SampleItems();
            CreateBillingTable(connection, expected, AsOf);
            CreateBillingTable(connection, expected.Take(3).Select(i => i with { OpenAmount = 1m }).ToList(), AsOf.AddDays(-1), create: false);

            var load = new PostgreSqlOpenItemsSource(connection, PostgresBillingQuery, BillingColumns).Load(AsOf);

            Assert.That(load.Problems, Is.Empty);
            Assert.That(load.Items, Is.EqualTo(expected), "only the as-of snapshot, mapped to the canonical columns");
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    [Test]
    public void OnPostgreSql_ABadRow_IsReportedWithItsRowAndColumn_AndTheOthersLoad()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            var items = SampleItems().Take(4).ToList();
            CreateBillingTable(connection, items, AsOf);
            Execute(connection, "UPDATE billing_open_items SET due = NULL WHERE line_no = 2");
            Execute(connection, "UPDATE billing_open_items SET ccy = 'DOLLARS' WHERE line_no = 4");

            var load = new PostgreSqlOpenItemsSource(connection, PostgresBillingQuery, BillingColumns).Load(AsOf);

            Assert.That(load.Items.Select(i => i.InvoiceNumber), Is.EqualTo(new[] { items[0].InvoiceNumber, items[2].InvoiceNumber }));
            Assert.That(load.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
            {
                "open-items query (postgresql), query row 2, field 'due_date': is empty (NULL); expected a date",
                "open-items query (postgresql), query row 4, field 'currency': 'DOLLARS' is not an ISO 4217 currency code",
            }));
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    [Test]
    public void AColumnMissingFromTheResult_IsOneProblemNamingTheMapping_AndNoItemsLoad()
    {
        var (name, connection) = PostgresServer.CreateDatabase();
        try
        {
            CreateBillingTable(connection, SampleItems(), AsOf);
            var columns = new Dictionary<string, string>(BillingColumns) { ["due_date"] = "DueDate" };

            var load = new PostgreSqlOpenItemsSource(connection, PostgresBillingQuery, columns).Load(AsOf);

            Assert.That(load.Items, Is.Empty);
            Assert.That(load.Problems.Single().ToString(), Does.Contain("no column 'DueDate' in the result").And.Contain("field 'due_date'"));
        }
        finally
        {
            PostgresServer.DropDatabase(name);
        }
    }

    [Test]
    public void AnUnknownCanonicalColumnInTheMapping_IsAConfigurationError()
    {
        var error = Assert.Throws<ConfigurationError>(() => new SqlServerOpenItemsSource("Server=x", "SELECT 1", new Dictionary<string, string> { ["invoice_no"] = "InvNo" }));

        Assert.That(error!.Message, Does.Contain("invoice_no").And.Contain("invoice_number"));
    }

    [Test]
    public void UnmappedColumns_KeepTheirCanonicalNames()
    {
        var columns = QueryOpenItemsSource.MapColumns(new Dictionary<string, string> { ["invoice_number"] = "InvNo" });

        Assert.That(columns["invoice_number"], Is.EqualTo("InvNo"));
        Assert.That(columns["due_date"], Is.EqualTo("due_date"));
    }

    /// <summary>The documented example billing query (docs/configuration.md): SQL Server's own parser accepts it, and it takes the date as @AsOf.</summary>
    [Test]
    public void TheDocumentedSqlServerQuery_ParsesAsTSql_AndUsesTheAsOfParameter()
    {
        var query = DocumentedSqlServerQuery();

        Assert.That(ParseErrors(query), Is.Empty);
        Assert.That(query, Does.Contain("@AsOf"));
        Assert.That(query, Does.Not.Contain("'20").And.Not.Contain("{"), "no date or placeholder built into the text");
    }

    [Test]
    public void TheSqlServerContractQuery_ParsesAsTSql()
    {
        Assert.That(ParseErrors(SqlServerBillingTable), Is.Empty);
        Assert.That(ParseErrors(SqlServerBillingQuery), Is.Empty);
    }

    [Test]
    public void OnSqlServer_TheQueryWithTheAsOfParameter_GivesTheSameOpenItemsAsTheCsv()
    {
        var (name, connection) = SqlServerTestServer.CreateDatabase();
        try
        {
            var expected = SampleItems();
            using (var db = new SqlConnection(connection))
            {
                db.Open();
                using (var create = new SqlCommand(SqlServerBillingTable, db)) create.ExecuteNonQuery();
                var line = 0;
                foreach (var (item, date) in expected.Select(i => (i, AsOf)).Concat(expected.Take(2).Select(i => (i, AsOf.AddDays(-1)))))
                {
                    using var insert = new SqlCommand(
                        "INSERT INTO dbo.Invoices(RowNo, SnapshotDate, InvNo, CustomerNo, CustomerName, IssueDate, DueDate, Currency, Total, Balance) "
                        + "VALUES (@line, @snapshot, @no, @customer, @name, @issued, @due, @currency, @total, @balance)", db);
                    insert.Parameters.AddWithValue("@line", ++line);
                    insert.Parameters.Add("@snapshot", System.Data.SqlDbType.Date).Value = date.ToDateTime(TimeOnly.MinValue);
                    insert.Parameters.AddWithValue("@no", item.InvoiceNumber);
                    insert.Parameters.AddWithValue("@customer", item.CustomerId);
                    insert.Parameters.AddWithValue("@name", item.CustomerName);
                    insert.Parameters.Add("@issued", System.Data.SqlDbType.Date).Value = item.IssueDate.ToDateTime(TimeOnly.MinValue);
                    insert.Parameters.Add("@due", System.Data.SqlDbType.Date).Value = item.DueDate.ToDateTime(TimeOnly.MinValue);
                    insert.Parameters.AddWithValue("@currency", item.Currency);
                    insert.Parameters.AddWithValue("@total", item.Amount);
                    insert.Parameters.AddWithValue("@balance", item.OpenAmount);
                    insert.ExecuteNonQuery();
                }
            }
            var columns = new Dictionary<string, string>
            {
                ["invoice_number"] = "InvNo", ["customer_id"] = "CustomerNo", ["customer_name"] = "CustomerName", ["issue_date"] = "IssueDate",
                ["due_date"] = "DueDate", ["currency"] = "Currency", ["amount"] = "Total", ["open_amount"] = "Balance",
            };

            var load = new SqlServerOpenItemsSource(connection, SqlServerBillingQuery, columns).Load(AsOf);

            Assert.That(load.Problems, Is.Empty);
            Assert.That(load.Items, Is.EqualTo(expected));
        }
        finally
        {
            SqlServerTestServer.DropDatabase(name);
        }
    }

    private const string SqlServerBillingTable = """
        CREATE TABLE dbo.Invoices (
            RowNo int NOT NULL PRIMARY KEY, SnapshotDate date NOT NULL, InvNo nvarchar(50) NOT NULL, CustomerNo nvarchar(50) NOT NULL,
            CustomerName nvarchar(200) NOT NULL, IssueDate date NOT NULL, DueDate date NOT NULL, Currency char(3) NOT NULL,
            Total decimal(19,4) NOT NULL, Balance decimal(19,4) NOT NULL)
        """;

    private const string SqlServerBillingQuery = """
        SELECT InvNo, CustomerNo, CustomerName, IssueDate, DueDate, Currency, Total, Balance
        FROM dbo.Invoices
        WHERE SnapshotDate = @AsOf
        ORDER BY RowNo
        """;

    private static IReadOnlyList<string> ParseErrors(string sql)
    {
        var parser = new TSql170Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message}").ToList();
    }

    /// <summary>The first ```sql block of docs/configuration.md's "Open items from a billing database" section.</summary>
    private static string DocumentedSqlServerQuery()
    {
        var page = File.ReadAllText(Repository.Path("docs", "configuration.md"));
        var section = page.IndexOf("## Open items from a billing database", StringComparison.Ordinal);
        Assert.That(section, Is.Not.Negative, "docs/configuration.md has the section");
        var block = SqlBlock().Match(page, section);
        Assert.That(block.Success, Is.True, "the section shows the query");
        return block.Groups["sql"].Value;
    }

    [GeneratedRegex("```sql\\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    private static void CreateBillingTable(string connection, IReadOnlyList<OpenItem> items, DateOnly snapshot, bool create = true)
    {
        if (create)
        {
            Execute(connection, """
                CREATE TABLE billing_open_items (
                    snapshot_date DATE NOT NULL, line_no INTEGER NOT NULL, inv_no TEXT NOT NULL, cust_no TEXT NOT NULL, cust_name TEXT NOT NULL,
                    issued DATE NOT NULL, due DATE, ccy TEXT NOT NULL, total NUMERIC(19,4) NOT NULL, balance NUMERIC(19,4) NOT NULL,
                    PRIMARY KEY (snapshot_date, line_no))
                """);
        }
        using var db = new NpgsqlConnection(connection);
        db.Open();
        var line = 0;
        foreach (var item in items)
        {
            using var insert = new NpgsqlCommand("""
                INSERT INTO billing_open_items(snapshot_date, line_no, inv_no, cust_no, cust_name, issued, due, ccy, total, balance)
                VALUES (@snapshot, @line, @no, @customer, @name, @issued, @due, @currency, @total, @balance)
                """, db);
            insert.Parameters.AddWithValue("snapshot", snapshot);
            insert.Parameters.AddWithValue("line", ++line);
            insert.Parameters.AddWithValue("no", item.InvoiceNumber);
            insert.Parameters.AddWithValue("customer", item.CustomerId);
            insert.Parameters.AddWithValue("name", item.CustomerName);
            insert.Parameters.AddWithValue("issued", item.IssueDate);
            insert.Parameters.AddWithValue("due", item.DueDate);
            insert.Parameters.AddWithValue("currency", item.Currency);
            insert.Parameters.AddWithValue("total", item.Amount);
            insert.Parameters.AddWithValue("balance", item.OpenAmount);
            insert.ExecuteNonQuery();
        }
    }

    private static void Execute(string connection, string sql)
    {
        using var db = new NpgsqlConnection(connection);
        db.Open();
        using var command = new NpgsqlCommand(sql, db);
        command.ExecuteNonQuery();
    }
}
