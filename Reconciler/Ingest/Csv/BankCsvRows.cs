using Reconciler.Ingest.Text;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Csv;

/// <summary>
/// Turns the rows under a bank CSV header into one statement, with every problem located. The rows stream by: only
/// the sample the date format and decimal separator are decided from, and undated rows that may yet be a footer,
/// wait in memory as strings; the rest are read in place from <paramref name="records"/>, and only the values a
/// transaction keeps become strings.
/// </summary>
/// <param name="head">The rows after the header that were read while looking for it.</param>
/// <param name="records">The file's records from the first one after <paramref name="head"/>.</param>
internal sealed class BankCsvRows(
    string file, CsvRow header, IEnumerable<CsvRow> head, CsvRecords records, ColumnMap map, BankCsvProfile? profile,
    string defaultCurrency, List<ParseProblem> problems)
{
    // The account and the currency repeat on every row.
    private readonly SharedTexts _shared = new(capacity: 1024);
    private readonly CurrencyCodes _currencies = new();
    private readonly string _locationPrefix = file + ":";

    private readonly string[] _header = header.Fields;
    private readonly IReadOnlyList<string> _debits = profile?.DebitIndicators ?? new BankCsvProfile { Name = "" }.DebitIndicators;
    private readonly (int Column, decimal Sign)[] _debitCredit = [(map.Credit, 1m), (map.Debit, -1m)];

    /// <summary>The rows' own problems: they follow the footer warnings, which are only known at the end.</summary>
    private readonly List<ParseProblem> _rowProblems = [];
    private readonly List<BankTransaction> _transactions = [];
    // The balance column is checked while every row has one; a gap ends the check for good.
    private readonly RunningBalance _running = new();
    private bool _balanceGap;

    public ParsedFile Parse()
    {
        IReadOnlyList<string> formats = profile?.DateFormat is { } configured ? [configured] : DateText.Candidates;
        // The sample reaches past the head rows (it wants thousands of rows); after it, records are read in place.
        using var source = head.Concat(records.AsRows()).GetEnumerator();
        var sample = new BankCsvSample(source, map, formats);
        var dateFormat = sample.DateFormat(out var ambiguous);
        if (ambiguous is not null && sample.More)
        {
            // The first rows allow two date orders: only the whole column can tell, as it always could.
            sample.ReadToEnd(source);
            dateFormat = sample.DateFormat(out ambiguous);
        }
        if (ambiguous is not null)
        {
            problems.Add(ParseProblem.Error(file, $"line {sample.Read[0].Line}", ColumnName(map.Date),
                $"the date order is ambiguous ({string.Join(" or ", ambiguous)} both read every date); add a profile in config/sources with a dateFormat"));
        }

        var decimalComma = profile?.DecimalComma ?? sample.DecimalComma();
        var readable = ambiguous is null;
        for (var i = 0; i <= sample.LastDated && readable; i++) Read(sample.Read[i], dateFormat, decimalComma);
        var pending = sample.Read.Skip(sample.LastDated + 1).ToList();
        while (sample.More && records.Read())
        {
            if (!sample.IsDated(records, dateFormat)) { pending.Add(records.ToRow()); continue; }
            // A dated row: the undated rows before it were data after all.
            foreach (var waiting in pending) Read(waiting, dateFormat, decimalComma);
            pending.Clear();
            Read(records, dateFormat, decimalComma);
        }
        foreach (var footer in pending)
            problems.Add(ParseProblem.Warning(file, $"line {footer.Line}", null, "row after the data has no date; read as a footer and ignored"));
        problems.AddRange(_rowProblems);

        var account = profile?.Account ?? _transactions.Select(t => t.Account).FirstOrDefault(a => a != "unknown") ?? "unknown";
        var currency = _transactions.FirstOrDefault()?.Currency ?? profile?.Currency ?? defaultCurrency;
        var (balanced, note) = _balanceGap ? (null, null) : _running.Result;
        if (balanced == false) problems.Add(ParseProblem.Warning(file, "file", ColumnName(map.Balance), note!));
        var statement = new BankStatement
        {
            Account = account,
            Currency = currency,
            OpeningBalance = null,
            ClosingBalance = null,
            Balanced = balanced,
            BalanceNote = note,
            Transactions = _transactions,
        };
        return new ParsedFile { File = file, Format = "csv", Statements = [statement], Problems = problems };
    }

    private void Read(ICsvFields row, string dateFormat, bool? decimalComma)
    {
        var transaction = ReadRow(row, dateFormat, decimalComma, out var balance);
        if (transaction is null) return;
        _transactions.Add(transaction);
        if (_balanceGap) return;
        if (balance is { } value) _running.Add(transaction, value);
        else _balanceGap = true;
    }

    private BankTransaction? ReadRow(ICsvFields row, string dateFormat, bool? decimalComma, out decimal? balance)
    {
        balance = null;
        var errors = _rowProblems.Count;
        if (!DateText.TryParse(row.Span(map.Date), dateFormat, out var booking))
            Error(row, map.Date, $"'{row.Field(map.Date)}' is not a date in the format {dateFormat}");
        DateOnly? valueDate = null;
        if (map.ValueDate >= 0 && row.Span(map.ValueDate).Length > 0)
        {
            if (DateText.TryParse(row.Span(map.ValueDate), dateFormat, out var value)) valueDate = value;
            else Error(row, map.ValueDate, $"'{row.Field(map.ValueDate)}' is not a date in the format {dateFormat}");
        }

        var amount = ReadAmount(row, decimalComma);
        if (map.Balance >= 0 && row.Span(map.Balance).Length > 0)
        {
            if (AmountText.TryParse(row.Span(map.Balance), decimalComma, out var b, out var error)) balance = b;
            else Error(row, map.Balance, error!);
        }

        var currency = map.Currency >= 0 && row.Span(map.Currency).Length > 0
            ? _currencies.Read(row.Span(map.Currency))
            : profile?.Currency ?? defaultCurrency;
        if (!_currencies.IsWellFormed(currency))
            Error(row, map.Currency, $"'{currency}' is not an ISO 4217 currency code");
        if (_rowProblems.Count > errors || amount is null) return null;

        var signed = profile?.InvertSign == true ? -amount.Value : amount.Value;
        var id = row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new BankTransaction
        {
            Id = id,
            Account = map.Account >= 0 && row.Span(map.Account).Length > 0 ? _shared.Share(row.Span(map.Account)) : profile?.Account ?? "unknown",
            BookingDate = booking,
            ValueDate = valueDate,
            Amount = signed,
            Currency = currency,
            Remittance = NullIfEmpty(row, map.Description),
            Counterparty = NullIfEmpty(row, map.Counterparty),
            CustomerReference = NullIfEmpty(row, map.Reference),
            Location = _locationPrefix + id,
        };
    }

    private decimal? ReadAmount(ICsvFields row, bool? decimalComma)
    {
        if (map.Amount >= 0)
        {
            if (!AmountText.TryParse(row.Span(map.Amount), decimalComma, out var amount, out var error))
            {
                Error(row, map.Amount, error!);
                return null;
            }
            if (map.Indicator < 0) return amount;
            return IsDebit(row.Span(map.Indicator)) ? -Math.Abs(amount) : Math.Abs(amount);
        }

        decimal total = 0m;
        var any = false;
        foreach (var (column, sign) in _debitCredit)
        {
            if (column < 0 || row.Span(column).Length == 0) continue;
            if (!AmountText.TryParse(row.Span(column), decimalComma, out var value, out var error))
            {
                Error(row, column, error!);
                return null;
            }
            total += sign * Math.Abs(value);
            any = true;
        }
        if (!any) Error(row, map.Credit >= 0 ? map.Credit : map.Debit, "neither debit nor credit holds an amount");
        return any ? total : null;
    }

    /// <summary>An error at the row's line in <paramref name="column"/>; the location text is made only here.</summary>
    private void Error(ICsvFields row, int column, string message) =>
        _rowProblems.Add(ParseProblem.Error(file, $"line {row.Line}", ColumnName(column), message));

    private string? ColumnName(int index) => index >= 0 && index < _header.Length ? _header[index].Trim() : null;

    private static string? NullIfEmpty(ICsvFields row, int column) => row.Span(column) is { Length: > 0 } value ? value.ToString() : null;

    private bool IsDebit(ReadOnlySpan<char> indicator)
    {
        foreach (var debit in _debits)
        {
            if (indicator.Equals(debit, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
