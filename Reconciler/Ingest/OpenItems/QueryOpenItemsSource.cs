using System.Data.Common;
using System.Globalization;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.OpenItems;

/// <summary>
/// Open items read by a configured query against a billing database. The night's as-of date is passed as the parameter
/// @AsOf (never spliced into the text); each result column is mapped to a canonical column (by default the same
/// name); a bad row is reported as "query row N, column C" and left out, as a bad CSV line is.
/// </summary>
public abstract class QueryOpenItemsSource : IOpenItemsSource
{
    public const string AsOfParameter = "AsOf";

    protected QueryOpenItemsSource(string kind, string connectionString, string query, IReadOnlyDictionary<string, string>? columns, int commandTimeoutSeconds)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Query = query;
        CommandTimeoutSeconds = commandTimeoutSeconds;
        Columns = MapColumns(columns);
    }

    public string Kind { get; }
    protected string ConnectionString { get; }
    public string Query { get; }
    public int CommandTimeoutSeconds { get; }

    /// <summary>Canonical column (OpenItemsCsvReader.Columns) to the query's result column.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    public string Name => $"open-items query ({Kind})";

    /// <summary>Opens a connection to the billing database.</summary>
    protected abstract DbConnection Connect();

    /// <summary>The @AsOf parameter, typed as a date for the provider.</summary>
    protected abstract DbParameter AsOfParameterFor(DateOnly asOf);

    /// <summary>Unknown canonical names in the mapping are a configuration error; unmapped columns keep their own name.</summary>
    public static IReadOnlyDictionary<string, string> MapColumns(IReadOnlyDictionary<string, string>? columns)
    {
        var unknown = (columns ?? new Dictionary<string, string>()).Keys
            .Where(k => !OpenItemsCsvReader.Columns.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
            throw new Configuration.ConfigurationError(
                $"Reconciler:OpenItemsSource:Columns: unknown column(s) {string.Join(", ", unknown)}; valid: {string.Join(", ", OpenItemsCsvReader.Columns)}");
        return OpenItemsCsvReader.Columns.ToDictionary(c => c,
            c => columns?.FirstOrDefault(kv => kv.Key.Equals(c, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } mapped ? mapped : c,
            StringComparer.Ordinal);
    }

    public OpenItemsLoad Load(DateOnly asOf)
    {
        using var connection = Connect();
        try
        {
            connection.Open();
        }
        catch (DbException e)
        {
            throw new InvalidOperationException(
                $"could not open the billing database {Storage.ConnectionStrings.Redact(ConnectionString)} for the open items ({Kind}): {e.Message}", e);
        }
        using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.CommandTimeout = CommandTimeoutSeconds;
        command.Parameters.Add(AsOfParameterFor(asOf));
        using var reader = command.ExecuteReader();
        return Read(reader, Name, Columns);
    }

    /// <summary>Maps a result set to open items; separate from the connection so any DbDataReader can be checked.</summary>
    public static OpenItemsLoad Read(DbDataReader reader, string source, IReadOnlyDictionary<string, string> columns)
    {
        var problems = new List<ParseProblem>();
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        foreach (var (canonical, column) in columns)
        {
            var ordinal = names.FindIndex(n => n.Equals(column, StringComparison.OrdinalIgnoreCase));
            if (ordinal < 0)
                problems.Add(ParseProblem.Error(source, "query result", canonical,
                    $"no column '{column}' in the result (it has: {string.Join(", ", names)}); map it in Reconciler:OpenItemsSource:Columns"));
            ordinals[canonical] = ordinal;
        }
        if (problems.Count > 0) return new OpenItemsLoad([], problems);

        var items = new List<OpenItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 0;
        while (reader.Read())
        {
            row++;
            var item = ReadRow(reader, row, ordinals, source, problems);
            if (item is null) continue;
            if (!seen.Add(item.InvoiceNumber))
            {
                problems.Add(ParseProblem.Error(source, $"query row {row}", "invoice_number", $"'{item.InvoiceNumber}' appears more than once; the first row is used"));
                continue;
            }
            items.Add(item);
        }
        return new OpenItemsLoad(items, problems);
    }

    private static OpenItem? ReadRow(DbDataReader reader, int row, Dictionary<string, int> ordinals, string source, List<ParseProblem> problems)
    {
        var location = $"query row {row}";
        var before = problems.Count;
        void Fail(string column, string message) => problems.Add(ParseProblem.Error(source, location, column, message));
        object? Value(string column) => reader.IsDBNull(ordinals[column]) ? null : reader.GetValue(ordinals[column]);

        string Text(string column) => Value(column) switch
        {
            null => "",
            string s => s.Trim(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
            var other => other.ToString()?.Trim() ?? "",
        };

        DateOnly Date(string column)
        {
            switch (Value(column))
            {
                case DateOnly d: return d;
                case DateTime dt: return DateOnly.FromDateTime(dt);
                case DateTimeOffset dto: return DateOnly.FromDateTime(dto.DateTime);
                case string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed): return parsed;
                case null: Fail(column, "is empty (NULL); expected a date"); return default;
                case var other: Fail(column, $"'{Describe(other)}' is not a date (a date column or yyyy-MM-dd text)"); return default;
            }
        }

        decimal Amount(string column)
        {
            switch (Value(column))
            {
                case decimal m: return m;
                case int or long or short or byte: return Convert.ToDecimal(Value(column), CultureInfo.InvariantCulture);
                case double or float:
                    Fail(column, $"'{Describe(Value(column)!)}' is a floating-point number; cast it to a decimal (e.g. CAST(x AS decimal(19,4))) so cents stay exact");
                    return 0m;
                case string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed):
                    return parsed;
                case null: Fail(column, "is empty (NULL); expected an amount"); return 0m;
                case var other: Fail(column, $"'{Describe(other)}' is not an amount (a decimal column or digits with '.' decimals)"); return 0m;
            }
        }

        var number = Text("invoice_number");
        if (number.Length == 0) Fail("invoice_number", "is empty");
        var currency = Text("currency").ToUpperInvariant();
        if (!CurrencyInfo.IsWellFormed(currency)) Fail("currency", $"'{Text("currency")}' is not an ISO 4217 currency code");
        var item = new OpenItem(number, Text("customer_id"), Text("customer_name"), Date("issue_date"), Date("due_date"), currency, Amount("amount"),
            Amount("open_amount"));
        if (problems.Count == before && item.OpenAmount > item.Amount && item.Amount > 0)
            problems.Add(ParseProblem.Warning(source, location, "open_amount", $"open {item.OpenAmount} exceeds the invoice amount {item.Amount}"));
        return problems.Skip(before).Any(p => p.Severity == ProblemSeverity.Error) ? null : item;
    }

    private static string Describe(object value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? "";
}
