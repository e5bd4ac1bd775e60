using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Csv;

/// <summary>Turns the rows under a bank CSV header into one statement, with every problem located.</summary>
internal sealed class BankCsvRows(
    string file, List<CsvRow> rows, int headerIndex, ColumnMap map, BankCsvProfile? profile,
    string defaultCurrency, List<ParseProblem> problems)
{
    private readonly string[] _header = rows[headerIndex].Fields;

    public ParsedFile Parse()
    {
        var data = rows.Skip(headerIndex + 1).ToList();
        var dateFormat = DecideDateFormat(data, out var lastDated);
        if (lastDated < data.Count - 1)
        {
            foreach (var footer in data.Skip(lastDated + 1))
                problems.Add(ParseProblem.Warning(file, $"line {footer.Line}", null, "row after the data has no date; read as a footer and ignored"));
            data = data.Take(lastDated + 1).ToList();
        }

        var decimalComma = profile?.DecimalComma ?? DecideDecimalComma(data);
        var transactions = new List<BankTransaction>(data.Count);
        var balances = new List<decimal?>(data.Count);
        foreach (var row in data)
        {
            if (dateFormat is null) break;
            var transaction = ReadRow(row, dateFormat, decimalComma, out var balance);
            if (transaction is null) continue;
            transactions.Add(transaction);
            balances.Add(balance);
        }

        var account = profile?.Account ?? transactions.Select(t => t.Account).FirstOrDefault(a => a != "unknown") ?? "unknown";
        var currency = transactions.FirstOrDefault()?.Currency ?? profile?.Currency ?? defaultCurrency;
        var (balanced, note) = RunningBalance.Check(transactions, balances);
        if (balanced == false) problems.Add(ParseProblem.Warning(file, "file", ColumnName(map.Balance), note!));
        var statement = new BankStatement
        {
            Account = account,
            Currency = currency,
            OpeningBalance = null,
            ClosingBalance = null,
            Balanced = balanced,
            BalanceNote = note,
            Transactions = transactions,
        };
        return new ParsedFile { File = file, Format = "csv", Statements = [statement], Problems = problems };
    }

    private BankTransaction? ReadRow(CsvRow row, string dateFormat, bool? decimalComma, out decimal? balance)
    {
        balance = null;
        var location = $"line {row.Line}";
        var errors = problems.Count;
        if (!DateText.TryParse(row.Field(map.Date), dateFormat, out var booking))
            problems.Add(ParseProblem.Error(file, location, ColumnName(map.Date), $"'{row.Field(map.Date)}' is not a date in the format {dateFormat}"));
        DateOnly? valueDate = null;
        if (map.ValueDate >= 0 && row.Field(map.ValueDate).Length > 0)
        {
            if (DateText.TryParse(row.Field(map.ValueDate), dateFormat, out var value)) valueDate = value;
            else problems.Add(ParseProblem.Error(file, location, ColumnName(map.ValueDate), $"'{row.Field(map.ValueDate)}' is not a date in the format {dateFormat}"));
        }

        var amount = ReadAmount(row, decimalComma, location);
        if (map.Balance >= 0 && row.Field(map.Balance).Length > 0)
        {
            if (AmountText.TryParse(row.Field(map.Balance), decimalComma, out var b, out var error)) balance = b;
            else problems.Add(ParseProblem.Error(file, location, ColumnName(map.Balance), error!));
        }

        var currency = map.Currency >= 0 && row.Field(map.Currency).Length > 0
            ? row.Field(map.Currency).ToUpperInvariant()
            : profile?.Currency ?? defaultCurrency;
        if (!CurrencyInfo.IsWellFormed(currency))
            problems.Add(ParseProblem.Error(file, location, ColumnName(map.Currency), $"'{currency}' is not an ISO 4217 currency code"));
        if (problems.Count > errors || amount is null) return null;

        var signed = profile?.InvertSign == true ? -amount.Value : amount.Value;
        return new BankTransaction
        {
            Id = row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Account = map.Account >= 0 && row.Field(map.Account).Length > 0 ? row.Field(map.Account) : profile?.Account ?? "unknown",
            BookingDate = booking,
            ValueDate = valueDate,
            Amount = signed,
            Currency = currency,
            Remittance = NullIfEmpty(row.Field(map.Description)),
            Counterparty = NullIfEmpty(row.Field(map.Counterparty)),
            CustomerReference = NullIfEmpty(row.Field(map.Reference)),
            Location = $"{file}:{row.Line}",
        };
    }

    private decimal? ReadAmount(CsvRow row, bool? decimalComma, string location)
    {
        if (map.Amount >= 0)
        {
            if (!AmountText.TryParse(row.Field(map.Amount), decimalComma, out var amount, out var error))
            {
                problems.Add(ParseProblem.Error(file, location, ColumnName(map.Amount), error!));
                return null;
            }
            if (map.Indicator < 0) return amount;
            var indicator = row.Field(map.Indicator).ToUpperInvariant();
            var debits = profile?.DebitIndicators ?? new BankCsvProfile { Name = "" }.DebitIndicators;
            return debits.Contains(indicator, StringComparer.OrdinalIgnoreCase) ? -Math.Abs(amount) : Math.Abs(amount);
        }

        decimal total = 0m;
        var any = false;
        foreach (var (column, sign) in new[] { (map.Credit, 1m), (map.Debit, -1m) })
        {
            if (column < 0 || row.Field(column).Length == 0) continue;
            if (!AmountText.TryParse(row.Field(column), decimalComma, out var value, out var error))
            {
                problems.Add(ParseProblem.Error(file, location, ColumnName(column), error!));
                return null;
            }
            total += sign * Math.Abs(value);
            any = true;
        }
        if (!any) problems.Add(ParseProblem.Error(file, location, ColumnName(map.Credit >= 0 ? map.Credit : map.Debit), "neither debit nor credit holds an amount"));
        return any ? total : null;
    }

    private string? DecideDateFormat(List<CsvRow> data, out int lastDated)
    {
        var formats = profile?.DateFormat is { } configured ? [configured] : DateText.Candidates;
        lastDated = -1;
        for (var i = data.Count - 1; i >= 0; i--)
        {
            var cell = data[i].Field(map.Date);
            if (formats.Any(f => DateText.TryParse(cell, f, out _))) { lastDated = i; break; }
        }
        var values = data.Take(lastDated + 1).Select(r => r.Field(map.Date)).ToList();
        if (values.Count == 0) return formats[0];
        var consistent = DateText.Consistent(values, formats);
        if (consistent.Count == 1) return consistent[0];
        if (consistent.Count > 1)
        {
            problems.Add(ParseProblem.Error(file, $"line {data[0].Line}", ColumnName(map.Date),
                $"the date order is ambiguous ({string.Join(" or ", consistent)} both read every date); add a profile in config/sources with a dateFormat"));
            return null;
        }
        // No format reads every value: use the one that reads most, and each row it cannot read is an error.
        return formats.OrderByDescending(f => values.Count(v => DateText.TryParse(v, f, out _))).First();
    }

    private bool? DecideDecimalComma(List<CsvRow> data)
    {
        int[] columns = [map.Amount, map.Debit, map.Credit, map.Balance];
        var values = data.SelectMany(r => columns.Where(c => c >= 0).Select(r.Field)).Where(v => v.Length > 0);
        var commaDecimals = 0;
        var dotDecimals = 0;
        foreach (var value in values.Take(5000))
        {
            var v = value.TrimEnd('-', ')', ' ');
            if (v.Length >= 3 && v[^3] == ',' || v.Length >= 2 && v[^2] == ',' && !v.Contains('.')) commaDecimals++;
            else if (v.Length >= 3 && v[^3] == '.' || v.Length >= 2 && v[^2] == '.') dotDecimals++;
        }
        if (commaDecimals > 0 && dotDecimals == 0) return true;
        if (dotDecimals > 0 && commaDecimals == 0) return false;
        return null;
    }

    private string? ColumnName(int index) => index >= 0 && index < _header.Length ? _header[index].Trim() : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
