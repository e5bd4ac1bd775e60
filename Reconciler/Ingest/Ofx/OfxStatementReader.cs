using System.Runtime.CompilerServices;
using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Ofx;

/// <summary>One STMTRS or CCSTMTRS: account, currency, STMTTRN entries and LEDGERBAL; every bad value located by line and tag.</summary>
internal sealed class OfxStatementReader(string file, OfxElement statement, OfxIds ids, List<ParseProblem> problems)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BankStatement Read()
    {
        var account = (statement.Child("BANKACCTFROM") ?? statement.Child("CCACCTFROM"))?.Value("ACCTID");
        if (string.IsNullOrEmpty(account))
        {
            problems.Add(Error(statement, "ACCTID", "the statement names no account (BANKACCTFROM/ACCTID or CCACCTFROM/ACCTID)"));
            account = "unknown";
        }
        var currency = Currency();
        var entries = statement.Child("BANKTRANLIST") is { } list ? list.ChildSpan : default;
        var transactions = new List<BankTransaction>(entries.Length);
        ids.Reserve(entries.Length);
        foreach (var entry in entries)
        {
            if (entry.Name != "STMTTRN") continue;
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
            List<string?>? found = null;
            statement.CollectSymbols(ref found);
            var symbols = found?.Distinct().ToList();
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

    /// <summary>The entry as its draft says (made when the tree builder saw it close, or now), with the statement's account and currency and its id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BankTransaction? Transaction(OfxElement entry, string account, string currency)
    {
        var draft = entry.Draft ?? OfxTransactionDraft.Read(file, entry);
        if (draft.Problems is { } found) problems.AddRange(found);
        if (!draft.Valid) return null;
        return new BankTransaction
        {
            Id = ids.Next(draft.FitId, draft.IdLine),
            Account = account,
            BookingDate = draft.BookingDate,
            ValueDate = draft.ValueDate,
            Amount = draft.Amount,
            Currency = currency,
            Status = draft.TypeCode == "HOLD" ? TransactionStatus.Pending : TransactionStatus.Booked,
            TypeCode = draft.TypeCode,
            BankReference = NullIfEmpty(draft.FitId),
            CustomerReference = draft.CustomerReference,
            Counterparty = draft.Counterparty,
            Remittance = draft.Remittance,
            References = draft.References,
            Location = draft.Location,
        };
    }

    private ParseProblem Error(OfxElement element, string field, string message) =>
        ParseProblem.Error(file, $"line {element.Line}", field, message);

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
