using System.Globalization;
using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.PayPal;

/// <summary>
/// Reads one PayPal row. Memo rows (Balance Impact "Memo") move no money and give no row. The fee sign is
/// decided per row: PayPal writes the fee negative (gross + fee = net); some exports and converters write it
/// positive (gross - fee = net). Either way <see cref="PayPalRow.Fee"/> is the cost charged, so a fee given
/// back is negative. When neither relation holds the net wins and a warning says so.
/// </summary>
internal sealed class PayPalRowReader(string file, PayPalColumns columns, string dateFormat, bool decimalComma, List<ParseProblem> problems)
{
    /// <summary>Rows whose fee was written positive (the cost) rather than negative (PayPal's own way).</summary>
    public int PositiveFeeRows { get; private set; }

    private readonly Dictionary<string, (string Kind, bool BankWithdrawal)> _types = new(StringComparer.Ordinal);

    /// <summary>Errors reported so far: a row with a new error gives no row.</summary>
    private int _errors;

    public PayPalRow? Read(CsvRow row)
    {
        if (columns.Impact >= 0 && PayPalTypes.IsMemo(row.Field(columns.Impact))) return null;
        var errors = _errors;

        var dateText = row.Span(columns.Date);
        if (!DateText.TryParse(dateText, dateFormat, out var date))
            Error(row, columns.NameOf(columns.Date), $"'{dateText}' is not a date in the format {dateFormat}");
        var currency = row.Field(columns.Currency).ToUpperInvariant();
        if (!CurrencyInfo.IsWellFormed(currency))
            Error(row, columns.NameOf(columns.Currency) ?? "Currency", currency.Length == 0 ? "the currency is missing" : $"'{currency}' is not an ISO 4217 currency code");
        var gross = Amount(row, columns.Gross, required: true);
        var fee = Amount(row, columns.Fee, required: false);
        var net = Amount(row, columns.Net, required: false);
        if (_errors > errors || gross is null) return null;

        var type = row.Field(columns.Type);
        var id = row.Field(columns.TransactionId);
        if (id.Length == 0)
        {
            id = $"line-{row.Line.ToString(CultureInfo.InvariantCulture)}";
            problems.Add(ParseProblem.Warning(file, Location(row), columns.NameOf(columns.TransactionId) ?? "Transaction ID", $"the transaction id is missing; the row is called '{id}'"));
        }
        var reference = row.Field(columns.ReferenceId);
        var (kind, bankWithdrawal) = TypeOf(type);
        var withdrawal = bankWithdrawal && gross.Value < 0;
        return new PayPalRow
        {
            Line = row.Line,
            Date = date,
            Time = row.Field(columns.Time),
            Currency = currency,
            Type = type,
            Kind = kind == "withdrawal" && gross.Value > 0 ? "withdrawal_return" : kind,
            IsWithdrawal = withdrawal,
            TransactionId = id,
            ReferenceId = reference.Length == 0 || reference == id ? null : reference,
            Gross = gross.Value,
            Fee = Cost(gross.Value, fee, net, row),
            Invoice = NullIfEmpty(row.Field(columns.Invoice)),
            Name = NullIfEmpty(row.Field(columns.Name)),
            Email = Email(row, gross.Value),
            Text = Text(row, type),
        };
    }

    private decimal Cost(decimal gross, decimal? fee, decimal? net, CsvRow row)
    {
        if (fee is not { } f) return net is { } n0 ? gross - n0 : 0m;
        var negated = f == 0m ? 0m : -f;
        if (net is not { } n) return negated; // PayPal's own convention when there is no net to tell
        if (gross + f == n) return negated;
        if (gross - f == n) { PositiveFeeRows++; return f; }
        problems.Add(ParseProblem.Warning(file, Location(row), columns.NameOf(columns.Net),
            $"neither gross + fee nor gross - fee is net ({Money.Format(gross)}, {Money.Format(f)}, {Money.Format(n)}); the fee is taken as gross - net = {Money.Format(gross - n)}"));
        return gross - n;
    }

    private string? Email(CsvRow row, decimal gross)
    {
        var (first, second) = gross >= 0 ? (columns.From, columns.To) : (columns.To, columns.From);
        return NullIfEmpty(row.Field(first)) ?? NullIfEmpty(row.Field(second));
    }

    private string? Text(CsvRow row, string type)
    {
        string[] others = [row.Field(columns.Subject), row.Field(columns.Note), row.Field(columns.ItemTitle)];
        if (Array.TrueForAll(others, o => o.Length == 0)) return type.Length == 0 ? null : type; // the usual row: no join to make
        var parts = others.Prepend(type).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal);
        var text = string.Join("; ", parts);
        return text.Length == 0 ? null : text;
    }

    private decimal? Amount(CsvRow row, int column, bool required)
    {
        var text = row.Span(column);
        if (text.Length == 0)
        {
            if (required) Error(row, columns.NameOf(column) ?? "Gross", "the amount is missing");
            return null;
        }
        if (AmountText.TryParse(text, decimalComma, out var value, out var error)) return value;
        Error(row, columns.NameOf(column), error!);
        return null;
    }

    /// <summary>The kind and bank-withdrawal test of a type, worked out once per distinct type (a download has a handful).</summary>
    private (string Kind, bool BankWithdrawal) TypeOf(string type)
    {
        if (!_types.TryGetValue(type, out var known))
            _types[type] = known = (PayPalTypes.Kind(type), PayPalTypes.IsBankWithdrawal(type));
        return known;
    }

    /// <summary>An error at the row's line; the location text is made only here, when there is something to report.</summary>
    private void Error(CsvRow row, string? field, string message)
    {
        problems.Add(ParseProblem.Error(file, Location(row), field, message));
        _errors++;
    }

    private static string Location(CsvRow row) => $"line {row.Line}";

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
