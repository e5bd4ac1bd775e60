using System.Globalization;
using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.OpenItems;

/// <summary>
/// The canonical open-items CSV (CONTRACT.md): invoice_number, customer_id, customer_name, issue_date,
/// due_date, currency, amount, open_amount. Strict: ISO dates, '.' decimals. A bad row is reported with its
/// line and column and left out; the rest load.
/// </summary>
public static class OpenItemsCsvReader
{
    public static readonly IReadOnlyList<string> Columns =
        ["invoice_number", "customer_id", "customer_name", "issue_date", "due_date", "currency", "amount", "open_amount"];

    public static OpenItemsLoad Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    public static OpenItemsLoad Read(Stream content, string file)
    {
        var text = TextDecoding.ReadAllText(content);
        var rows = DelimitedText.ReadRows(text, ',');
        var problems = new List<ParseProblem>();
        if (rows.Count == 0)
        {
            problems.Add(ParseProblem.Error(file, "line 1", null, "the file is empty; expected a header: " + string.Join(",", Columns)));
            return new OpenItemsLoad([], problems);
        }

        var header = rows[0].Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var index = Columns.ToDictionary(c => c, c => Array.IndexOf(header, c));
        var missing = index.Where(kv => kv.Value < 0).Select(kv => kv.Key).ToList();
        if (missing.Count > 0)
        {
            problems.Add(ParseProblem.Error(file, $"line {rows[0].Line}", null, "missing column(s): " + string.Join(", ", missing)));
            return new OpenItemsLoad([], problems);
        }

        var items = new List<OpenItem>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var item = ReadRow(row, index, file, problems);
            if (item is null) continue;
            if (!seen.Add(item.InvoiceNumber))
            {
                problems.Add(ParseProblem.Error(file, $"line {row.Line}", "invoice_number", $"'{item.InvoiceNumber}' appears more than once; the first row is used"));
                continue;
            }
            items.Add(item);
        }
        return new OpenItemsLoad(items, problems);
    }

    private static OpenItem? ReadRow(CsvRow row, Dictionary<string, int> index, string file, List<ParseProblem> problems)
    {
        var location = $"line {row.Line}";
        var before = problems.Count;
        string Text(string column) => row.Field(index[column]);
        void Fail(string column, string message) => problems.Add(ParseProblem.Error(file, location, column, message));

        DateOnly Date(string column)
        {
            if (DateOnly.TryParseExact(Text(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Fail(column, $"'{Text(column)}' is not a date (yyyy-MM-dd)");
            return default;
        }

        decimal Amount(string column)
        {
            if (decimal.TryParse(Text(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)) return a;
            Fail(column, $"'{Text(column)}' is not an amount (digits with '.' decimals)");
            return 0m;
        }

        var number = Text("invoice_number");
        if (number.Length == 0) Fail("invoice_number", "is empty");
        var currency = Text("currency").ToUpperInvariant();
        if (!CurrencyInfo.IsWellFormed(currency)) Fail("currency", $"'{Text("currency")}' is not an ISO 4217 currency code");
        var item = new OpenItem(number, Text("customer_id"), Text("customer_name"), Date("issue_date"), Date("due_date"),
            currency, Amount("amount"), Amount("open_amount")) { Location = $"{file}:{row.Line}" };
        if (problems.Count == before && item.OpenAmount > item.Amount && item.Amount > 0)
            problems.Add(ParseProblem.Warning(file, location, "open_amount", $"open {item.OpenAmount} exceeds the invoice amount {item.Amount}"));
        return problems.Skip(before).Any(p => p.Severity == ProblemSeverity.Error) ? null : item;
    }
}
