using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Mt940;

/// <summary>Turns one MT940/MT942 message into a statement: entries with their :86: details, balances and the balance proof.</summary>
internal sealed class MessageReader(string file, int index, SwiftMessage message, List<ParseProblem> problems, SwiftQuirks quirks)
{
    private readonly List<(StatementLine Line, SwiftField Field, SwiftField? Info)> _entries = [];
    private SwiftBalance? _opening;
    private SwiftBalance? _closing;
    private SwiftField? _openingField;
    private SwiftField? _closingField;
    private InterimTotals? _debits;
    private InterimTotals? _credits;
    private string? _account;
    private string? _floorCurrency;
    private SwiftField? _previous;

    /// <summary>The statement, and for chaining its opening and closing balances.</summary>
    public (BankStatement Statement, SwiftBalance? Opening, SwiftBalance? Closing) Read()
    {
        foreach (var field in message.Fields)
        {
            Take(field);
            _previous = field;
        }
        if (_account is null) problems.Add(Problem(message.Line, ":25:", "the mandatory account field :25: is missing", error: true));
        if (!message.Fields.Any(f => f.Tag == "20")) problems.Add(Problem(message.Line, ":20:", "the transaction reference :20: is missing", error: false));

        var currency = _opening?.Currency ?? _closing?.Currency ?? _debits?.Currency ?? _credits?.Currency ?? _floorCurrency ?? CurrencyOf(_account);
        if (currency is null)
        {
            problems.Add(Problem(message.Line, null, "no balance or total says the statement's currency", error: true));
            currency = "XXX";
        }
        CheckCurrency(_openingField, _opening?.Currency, currency);
        CheckCurrency(_closingField, _closing?.Currency, currency);

        var account = AccountWithoutCurrency(_account ?? "unknown", currency);
        var transactions = new List<BankTransaction>(_entries.Count);
        for (var k = 0; k < _entries.Count; k++) transactions.Add(Transaction(k + 1, _entries[k], account, currency));

        var (balanced, note) = Proof(transactions, currency);
        if (balanced == false) problems.Add(Problem(message.Line, null, note!, error: false));
        var statement = new BankStatement
        {
            Account = account,
            Currency = currency,
            OpeningBalance = _opening?.Amount,
            ClosingBalance = _closing?.Amount,
            Balanced = balanced,
            BalanceNote = note,
            Transactions = transactions,
        };
        return (statement, _opening, _closing);
    }

    private void Take(SwiftField field)
    {
        switch (field.Tag)
        {
            case "25":
            case "25P":
                if (_entries.Count > 0) problems.Add(Problem(field.Line, ":25:", "the account field :25: comes after statement lines (:61:); the message is malformed", error: true));
                _account ??= field.First.Trim();
                break;
            case "60F" or "60M":
                (_opening, _openingField) = (Balance(field, _opening), field);
                break;
            case "62F" or "62M":
                (_closing, _closingField) = (Balance(field, _closing), field);
                break;
            case "64" or "65":
                Balance(field, null);
                break;
            case "61":
                var line = StatementLine.TryParse(field, out var error);
                if (line is null) { problems.Add(Problem(field.Line, ":61:", error!, error: true)); break; }
                quirks.Note(line.Quirk, field.Line, field.Tag);
                if (line.Clamped) problems.Add(Problem(field.Line, ":61:", "a date past the end of its month (30/360 style) was moved to the month's last day", error: false));
                _entries.Add((line, field, null));
                break;
            case "86":
                // An :86: belongs to the :61: right before it; one after the closing balance is statement information.
                var last = _entries.Count - 1;
                if (last >= 0 && _entries[last].Info is null && ReferenceEquals(_previous, _entries[last].Field))
                    _entries[last] = _entries[last] with { Info = field };
                break;
            case "90D" or "90C":
                var totals = InterimTotals.TryParse(field.First, out var totalsError);
                if (totals is null) { problems.Add(Problem(field.Line, $":{field.Tag}:", totalsError!, error: true)); break; }
                quirks.Note(totals.Quirk, field.Line, field.Tag);
                if (field.Tag == "90D") _debits = totals;
                else _credits = totals;
                break;
            case "34F":
                var floor = SwiftHeaderChecks.FloorLimit(field.First, out var floorError);
                _floorCurrency ??= floor;
                if (floorError is not null) problems.Add(Problem(field.Line, ":34F:", floorError, error: false));
                break;
            case "13D":
                if (!SwiftHeaderChecks.ReportTime(field.First, out var timeError)) problems.Add(Problem(field.Line, ":13D:", timeError!, error: false));
                break;
            case "20" or "21" or "28" or "28C" or "NS" or "13":
                break;
            default:
                problems.Add(Problem(field.Line, $":{field.Tag}:", $"tag :{field.Tag}: is not part of MT940/MT942; ignored", error: false));
                break;
        }
    }

    private SwiftBalance? Balance(SwiftField field, SwiftBalance? earlier)
    {
        var balance = SwiftBalance.TryParse(field.First, BalanceName(field.Tag), out var error) is { } read ? read with { Line = field.Line } : null;
        if (balance is null)
        {
            problems.Add(Problem(field.Line, $":{field.Tag}:", error!, error: true));
            return earlier;
        }
        quirks.Note(balance.Quirk, field.Line, field.Tag);
        if (balance.Clamped) problems.Add(Problem(field.Line, $":{field.Tag}:", "a date past the end of its month was moved to the month's last day", error: false));
        if (earlier is not null) problems.Add(Problem(field.Line, $":{field.Tag}:", "the balance is repeated in one message; the last one is used", error: false));
        return balance;
    }

    private static string BalanceName(string tag) => tag switch
    {
        "60F" => "opening balance",
        "60M" => "intermediate opening balance",
        "62F" => "closing balance",
        "62M" => "intermediate closing balance",
        "64" => "closing available balance",
        "65" => "forward available balance",
        _ => "balance",
    };

    private BankTransaction Transaction(int number, (StatementLine Line, SwiftField Field, SwiftField? Info) entry, string account, string currency)
    {
        var (line, field, info) = entry;
        var details = info is null ? EntryDetails.Empty : EntryDetails.Read(info);
        var owner = line.OwnerReference is { } o && !o.Equals("NONREF", StringComparison.OrdinalIgnoreCase) ? o : null;
        return new BankTransaction
        {
            Id = $"s{index}-t{number}",
            Account = account,
            BookingDate = line.EntryDate ?? line.ValueDate,
            ValueDate = line.ValueDate,
            Amount = line.Amount,
            Currency = currency,
            Status = line.IsExpected ? TransactionStatus.Pending : TransactionStatus.Booked,
            TypeCode = line.TypeCode,
            BankReference = line.BankReference,
            CustomerReference = owner,
            Counterparty = details.Counterparty,
            Remittance = details.Remittance ?? line.Supplementary,
            References = details.References,
            Reversal = line.IsReversal,
            Location = $"{file}:{field.Line}",
        };
    }

    private (bool? Balanced, string? Note) Proof(List<BankTransaction> transactions, string currency)
    {
        var notes = new List<string>();
        var booked = transactions.Where(t => t.Status == TransactionStatus.Booked).Sum(t => t.Amount);
        if (_opening is not null && _closing is not null && _opening.Amount + booked != _closing.Amount)
        {
            notes.Add($"opening balance {_opening.Amount} {currency} + entries {booked} = {_opening.Amount + booked}, "
                + $"but the closing balance (:{_closingField!.Tag}:) is {_closing.Amount} (difference {_closing.Amount - _opening.Amount - booked})");
        }
        if (_debits?.Compare("D", transactions.Where(t => t.Amount < 0).Select(t => t.Amount)) is { Length: > 0 } debitNote) notes.Add(debitNote);
        if (_credits?.Compare("C", transactions.Where(t => t.Amount > 0).Select(t => t.Amount)) is { Length: > 0 } creditNote) notes.Add(creditNote);
        var checkable = (_opening is not null && _closing is not null) || _debits is not null || _credits is not null;
        if (!checkable) return (null, null);
        return notes.Count == 0 ? (true, null) : (false, string.Join("; ", notes));
    }

    private void CheckCurrency(SwiftField? field, string? balanceCurrency, string currency)
    {
        if (field is not null && balanceCurrency is not null && balanceCurrency != currency)
            problems.Add(Problem(field.Line, $":{field.Tag}:", $"currency {balanceCurrency} differs from the statement's {currency}", error: true));
    }

    private static string? CurrencyOf(string? account) =>
        account is { Length: > 3 } && account[^3..].All(char.IsAsciiLetterUpper) && char.IsAsciiDigit(account[^4]) ? account[^3..] : null;

    /// <summary>"NL20INGB0001234567EUR" → "NL20INGB0001234567" when the suffix is the statement's currency.</summary>
    private static string AccountWithoutCurrency(string account, string currency) =>
        account.Length > 6 && account.EndsWith(currency, StringComparison.Ordinal) && char.IsAsciiDigit(account[^4]) ? account[..^3] : account;

    private ParseProblem Problem(int line, string? field, string message, bool error) => error
        ? ParseProblem.Error(file, $"line {line}", field, message)
        : ParseProblem.Warning(file, $"line {line}", field, message);
}
