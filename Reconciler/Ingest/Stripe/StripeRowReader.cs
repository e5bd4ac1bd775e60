using System.Globalization;
using Reconciler.Ingest.Csv;
using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Stripe;

/// <summary>
/// Reads one Stripe row into a <see cref="StripeRow"/>: signed gross, fee (the cost charged), net, the payout
/// link, dates, invoice number and customer. Amounts are major units with a decimal point (reports and CSV
/// downloads never use cents). Every problem is located at the row's line and field.
/// </summary>
internal sealed class StripeRowReader(string file, StripeColumns columns, string dateFormat, List<ParseProblem> problems)
{
    /// <summary>Errors reported so far: a row with a new error gives no row.</summary>
    private int _errors;

    public StripeRow? Read(CsvRow row)
    {
        var before = _errors;
        var gross = Amount(row, columns.Gross);
        var fee = Amount(row, columns.Fee);
        var net = Amount(row, columns.Net);
        var currency = row.Field(columns.Currency).ToUpperInvariant();
        if (!CurrencyInfo.IsWellFormed(currency))
        {
            var message = currency.Length == 0 ? "the currency is missing" : $"'{currency}' is not an ISO 4217 currency code";
            Error(row, columns.Name(columns.Currency) ?? "currency", message);
        }
        if (gross is null && net is null)
            Error(row, columns.Name(columns.Gross) ?? "gross", "the row has neither a gross nor a net amount");

        var created = Date(row, columns.Created);
        var available = Date(row, columns.AvailableOn);
        var payoutDate = Date(row, columns.PayoutDate);
        if (_errors > before) return null;

        var (g, f) = Settle(gross, fee, net, row);
        var category = row.Field(columns.Category).ToLowerInvariant().Replace(' ', '_');
        var source = row.Field(columns.Source);
        var id = row.Field(columns.Id);
        if (id.Length == 0)
        {
            id = $"line-{row.Line.ToString(CultureInfo.InvariantCulture)}";
            problems.Add(ParseProblem.Warning(file, Location(row), columns.Name(columns.Id) ?? "balance_transaction_id", $"the balance transaction id is missing; the row is called '{id}'"));
        }

        var isPayout = category == "payout";
        var payoutId = NullIfEmpty(row.Field(columns.Payout));
        if (isPayout && payoutId is null && source.StartsWith("po_", StringComparison.Ordinal)) payoutId = source;
        var description = NullIfEmpty(row.Field(columns.Description));
        return new StripeRow
        {
            Line = row.Line,
            PayoutId = payoutId,
            PayoutDate = payoutDate,
            Created = created,
            AvailableOn = available,
            Currency = currency,
            IsPayout = isPayout,
            Item = new PaymentItem
            {
                Id = id,
                Kind = category.Length == 0 ? "unknown" : category,
                Gross = g,
                Fee = f,
                InvoiceReference = FirstFilled(row, columns.Invoice) ?? StripeInvoiceText.Find(description),
                Customer = FirstFilled(row, columns.Customer),
                Text = WithCharge(description, source, row.Field(columns.Charge)),
                Location = $"{file}:{row.Line.ToString(CultureInfo.InvariantCulture)}",
            },
        };
    }

    /// <summary>
    /// Gross and fee such that gross - fee is the row's net. When all three are given and disagree, the net
    /// (what Stripe paid out) wins: the fee is taken as gross - net and a warning says so.
    /// </summary>
    private (decimal Gross, decimal Fee) Settle(decimal? gross, decimal? fee, decimal? net, CsvRow row)
    {
        if (gross is { } g && net is { } n)
        {
            if (fee is { } f && g - f != n)
            {
                problems.Add(ParseProblem.Warning(file, Location(row), columns.Name(columns.Net),
                    $"gross - fee != net ({Money.Format(g)} - {Money.Format(f)} != {Money.Format(n)}); the fee is taken as gross - net = {Money.Format(g - n)}"));
            }
            return (g, g - n);
        }
        if (gross is { } onlyGross) return (onlyGross, fee ?? 0m);
        return (net!.Value + (fee ?? 0m), fee ?? 0m);
    }

    private decimal? Amount(CsvRow row, int column)
    {
        var text = row.Span(column);
        if (column < 0 || text.Length == 0) return null;
        if (AmountText.TryParse(text, decimalComma: false, out var value, out var error)) return value;
        Error(row, columns.Name(column), error!);
        return null;
    }

    private DateOnly? Date(CsvRow row, int column)
    {
        var text = row.Span(column);
        if (column < 0 || text.Length == 0) return null;
        if (DateText.TryParse(StripeDates.DatePart(text), dateFormat, out var date)) return date;
        Error(row, columns.Name(column), $"'{text}' is not a date in the format {dateFormat}");
        return null;
    }

    /// <summary>An error at the row's line; the location text is made only here, when there is something to report.</summary>
    private void Error(CsvRow row, string? field, string message)
    {
        problems.Add(ParseProblem.Error(file, Location(row), field, message));
        _errors++;
    }

    private static string Location(CsvRow row) => $"line {row.Line}";

    /// <summary>The first of <paramref name="candidates"/> (best first) that holds a value.</summary>
    private static string? FirstFilled(CsvRow row, IReadOnlyList<int> candidates)
    {
        foreach (var column in candidates)
        {
            var value = row.Field(column);
            if (value.Length > 0) return value;
        }
        return null;
    }

    /// <summary>
    /// The description with the charge the row is about, when the description does not name it already: a charge's own
    /// id (source_id <c>ch_</c> / <c>py_</c>), or the charge_id of a refund or dispute, which a reversal is found by.
    /// </summary>
    private static string? WithCharge(string? description, string source, string charge)
    {
        var id = charge.Length > 0 ? charge : source.StartsWith("ch_", StringComparison.Ordinal) || source.StartsWith("py_", StringComparison.Ordinal) ? source : "";
        if (id.Length == 0 || description?.Contains(id, StringComparison.Ordinal) == true) return description;
        return description is null ? id : $"{description} {id}";
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
