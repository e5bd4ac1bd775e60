using System.Globalization;
using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.OpenItems;

/// <summary>
/// Reads one row of the canonical open-items CSV: ISO dates and '.' decimals, parsed from the cells' characters.
/// A row with an error gives no item; every problem names the line and the column.
/// </summary>
internal sealed class OpenItemsRowReader(string file, int[] index, List<ParseProblem> problems)
{
    // Positions in OpenItemsCsvReader.Columns.
    private const int Number = 0, CustomerId = 1, CustomerName = 2, Issue = 3, Due = 4, Currency = 5, Amount = 6, Open = 7;

    private int _errors;

    /// <summary>Positions of <see cref="OpenItemsCsvReader.MedicalColumns"/> (-1: not in the file).</summary>
    public int[] Medical { get; init; } = [-1, -1, -1];

    // Customers repeat across the rows; the night keeps every item, so each customer's id and name are kept once.
    private readonly SharedPairs _customers = new();
    private readonly CurrencyCodes _currencies = new();

    public OpenItem? Read(ICsvFields row)
    {
        var before = _errors;
        var number = row.Span(index[Number]);
        if (number.Length == 0) Fail(row, Number, "is empty");
        var currencyText = row.Span(index[Currency]);
        var currency = _currencies.Read(currencyText);
        if (!_currencies.IsWellFormed(currency)) Fail(row, Currency, $"'{currencyText}' is not an ISO 4217 currency code");
        var issue = Date(row, Issue);
        var due = Date(row, Due);
        var amount = Money(row, Amount);
        var open = Money(row, Open);
        if (_errors > before) return null;
        var (customerId, customerName) = _customers.Share(row.Span(index[CustomerId]), row.Span(index[CustomerName]));
        var item = new OpenItem(number.ToString(), customerId, customerName, issue, due, currency, amount, open);
        if (Medical[0] >= 0 || Medical[1] >= 0 || Medical[2] >= 0) item = WithMedical(row, item);
        if (item.OpenAmount > item.Amount && item.Amount > 0)
            problems.Add(ParseProblem.Warning(file, $"line {row.Line}", "open_amount", $"open {item.OpenAmount} exceeds the invoice amount {item.Amount}"));
        return item;
    }

    private OpenItem WithMedical(ICsvFields row, OpenItem item)
    {
        string? Optional(int at) => at >= 0 && row.Field(at).Trim() is { Length: > 0 } text ? text : null;
        var name = Optional(Medical[1]);
        var patientId = Optional(Medical[0]);
        var secondary = Optional(Medical[2]);
        if (patientId is null && name is null && secondary is null) return item; // most rows of a mixed export: no copy
        return item with
        {
            PatientId = patientId,
            // Billing writes "Last, First" (as statements show it); the name stays hidden everywhere else.
            Patient = name is null ? null : PatientName.FromStored(name),
            SecondaryPayerId = secondary,
        };
    }

    private DateOnly Date(ICsvFields row, int column)
    {
        var text = row.Span(index[column]);
        if (NumericDate.TryParse(text, "yyyy-MM-dd", out var d)
            || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        Fail(row, column, $"'{text}' is not a date (yyyy-MM-dd)");
        return default;
    }

    private decimal Money(ICsvFields row, int column)
    {
        var text = row.Span(index[column]);
        if (PlainDecimal.TryParse(text, allowMinus: true, out var a)
            || decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out a)) return a;
        Fail(row, column, $"'{text}' is not an amount (digits with '.' decimals)");
        return 0m;
    }

    private void Fail(ICsvFields row, int column, string message)
    {
        problems.Add(ParseProblem.Error(file, $"line {row.Line}", OpenItemsCsvReader.Columns[column], message));
        _errors++;
    }
}
