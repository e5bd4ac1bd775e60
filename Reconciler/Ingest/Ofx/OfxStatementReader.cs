using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Ofx;

/// <summary>One STMTRS or CCSTMTRS: account, currency, STMTTRN entries and LEDGERBAL; every bad value located by line and tag.</summary>
internal sealed class OfxStatementReader(string file, OfxElement statement, OfxIds ids, List<ParseProblem> problems)
{
    public BankStatement Read()
    {
        var account = (statement.Child("BANKACCTFROM") ?? statement.Child("CCACCTFROM"))?.Value("ACCTID");
        if (string.IsNullOrEmpty(account))
        {
            problems.Add(Error(statement, "ACCTID", "the statement names no account (BANKACCTFROM/ACCTID or CCACCTFROM/ACCTID)"));
            account = "unknown";
        }
        var currency = Currency();
        var transactions = new List<BankTransaction>();
        foreach (var entry in statement.Child("BANKTRANLIST")?.Children.Where(c => c.Name == "STMTTRN") ?? [])
        {
            var transaction = Transaction(entry, account, currency);
            if (transaction is not null) transactions.Add(transaction);
        }

        return new BankStatement
        {
            Account = account,
            Currency = currency,
            OpeningBalance = null,
            ClosingBalance = LedgerBalance(),
            Balanced = null,
            Transactions = transactions,
        };
    }

    /// <summary>CURDEF; when it is empty, the CURRENCY/CURSYM the entries carry (seen from banks that leave CURDEF blank).</summary>
    private string Currency()
    {
        var currency = statement.Value("CURDEF")?.ToUpperInvariant();
        if (CurrencyInfo.IsWellFormed(currency)) return currency!;
        var where = statement.Child("CURDEF") ?? statement;
        if (string.IsNullOrEmpty(currency))
        {
            var symbols = statement.Descendants("CURSYM").Select(c => c.Text?.Trim().ToUpperInvariant()).Distinct().ToList();
            if (symbols is [{ } only] && CurrencyInfo.IsWellFormed(only))
            {
                problems.Add(ParseProblem.Warning(file, $"line {where.Line}", "CURDEF", $"CURDEF is empty; the currency {only} of the entries (CURRENCY/CURSYM) is used"));
                return only;
            }
        }
        problems.Add(Error(where, "CURDEF",
            string.IsNullOrEmpty(currency) ? "the statement's currency (CURDEF) is missing or empty" : $"'{currency}' is not an ISO 4217 currency code"));
        return "XXX";
    }

    private decimal? LedgerBalance()
    {
        var ledger = statement.Child("LEDGERBAL");
        if (ledger is null)
        {
            problems.Add(ParseProblem.Warning(file, $"line {statement.Line}", "LEDGERBAL", "the statement has no ledger balance (LEDGERBAL)"));
            return null;
        }
        var amount = ledger.Child("BALAMT");
        if (OfxValues.TryAmount(amount?.Text, out var balance, out var error)) return balance;
        if (string.IsNullOrWhiteSpace(amount?.Text) && string.IsNullOrWhiteSpace(ledger.Value("DTASOF")))
        {
            // An empty aggregate (no amount, no date) says nothing, like a missing one; an empty amount with a date is an error.
            problems.Add(ParseProblem.Warning(file, $"line {ledger.Line}", "LEDGERBAL", "the ledger balance (LEDGERBAL) is empty"));
            return null;
        }
        problems.Add(Error(amount ?? ledger, "LEDGERBAL/BALAMT", error!));
        return null;
    }

    private BankTransaction? Transaction(OfxElement entry, string account, string currency)
    {
        var before = problems.Count;
        var posted = entry.Child("DTPOSTED");
        if (!OfxValues.TryDate(posted?.Text, out var booking, out var dateError))
            problems.Add(Error(posted ?? entry, "DTPOSTED", posted is null ? "the transaction has no DTPOSTED" : dateError!));
        var amountElement = entry.Child("TRNAMT");
        if (!OfxValues.TryAmount(amountElement?.Text, out var amount, out var amountError))
            problems.Add(Error(amountElement ?? entry, "TRNAMT", amountElement is null ? "the transaction has no TRNAMT" : amountError!));
        DateOnly? available = null;
        if (entry.Value("DTAVAIL") is { Length: > 0 } avail)
        {
            if (OfxValues.TryDate(avail, out var a, out var availError)) available = a;
            else problems.Add(ParseProblem.Warning(file, $"line {entry.Child("DTAVAIL")!.Line}", "DTAVAIL", availError!));
        }
        if (problems.Count > before) return null;

        var fitId = entry.Value("FITID");
        var checkNumber = NullIfEmpty(entry.Value("CHECKNUM"));
        var refNumber = NullIfEmpty(entry.Value("REFNUM"));
        var references = new List<string>();
        if (refNumber is not null && checkNumber is not null) references.Add(refNumber);
        if (NullIfEmpty(entry.Value("CORRECTFITID")) is { } corrected)
        {
            references.Add(corrected);
            problems.Add(ParseProblem.Warning(file, $"line {entry.Line}", "CORRECTFITID",
                $"the transaction corrects an earlier one ({entry.Value("CORRECTACTION") ?? "REPLACE"} of FITID {corrected})"));
        }
        var type = NullIfEmpty(entry.Value("TRNTYPE"));
        return new BankTransaction
        {
            Id = ids.Next(fitId, entry.Child("FITID")?.Line ?? entry.Line),
            Account = account,
            BookingDate = booking,
            ValueDate = available,
            Amount = amount,
            Currency = currency,
            Status = type == "HOLD" ? TransactionStatus.Pending : TransactionStatus.Booked,
            TypeCode = type,
            BankReference = NullIfEmpty(fitId),
            CustomerReference = checkNumber ?? refNumber,
            Counterparty = NullIfEmpty(entry.Value("NAME")) ?? NullIfEmpty(entry.Child("PAYEE")?.Value("NAME")) ?? NullIfEmpty(entry.Value("EXTDNAME")),
            Remittance = NullIfEmpty(entry.Value("MEMO")),
            References = references,
            Location = $"{file}:{entry.Line}",
        };
    }

    private ParseProblem Error(OfxElement element, string field, string message) =>
        ParseProblem.Error(file, $"line {element.Line}", field, message);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
