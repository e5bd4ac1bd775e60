using Reconciler.Rules.Model;

namespace Reconciler.Ingest.Camt;

/// <summary>
/// Builds one <c>Stmt</c> / <c>Rpt</c> / <c>Ntfctn</c> from its children as they stream past: account, balances,
/// transaction summary, pagination, and each entry read as soon as it arrives.
/// </summary>
internal sealed class CamtStatementBuilder(CamtContext context, string location, int number, DateOnly? messageDate)
{
    private readonly CamtEntryReader entries = new(context);
    private readonly List<CamtElement> balances = [];
    private readonly List<BankTransaction> transactions = [];
    private CamtElement? summary;
    private string? accountCurrency;
    private string? firstCurrency;
    private DateOnly? createdDate;
    private bool partialPage;
    private int entryCount;

    public string? StatementId { get; private set; }

    public string? Account { get; private set; }

    public void Add(CamtElement element)
    {
        switch (element.LocalName)
        {
            case "Id": StatementId = CamtXml.Value(element); break;
            case "CreDtTm": createdDate = CamtValues.DateTimeDate(context, element); break;
            case "Acct": ReadAccount(element); break;
            case "Bal":
                balances.Add(element);
                firstCurrency ??= element.Child("Amt")?.Attribute("Ccy")?.Trim().ToUpperInvariant();
                break;
            case "TxsSummry": summary = element; break;
            case "Ntry":
                var transaction = entries.Read(element, $"s{number}-e{++entryCount}", Account ?? "", createdDate ?? messageDate);
                if (transaction is null) break;
                transactions.Add(transaction);
                firstCurrency ??= transaction.Currency;
                break;
            case "StmtPgntn" or "RptPgntn" or "NtfctnPgntn":
                partialPage = element.Text("PgNb") is not (null or "1") || element.Text("LastPgInd") is "false" or "0";
                break;
        }
    }

    /// <summary>The statement, its proof done; <paramref name="carriedOpening"/> is the end balance of the previous page.</summary>
    public (BankStatement Statement, decimal? End) Finish(decimal? carriedOpening)
    {
        if (Account is null) context.Error(location, "Acct", "the statement names no account (Acct/Id/IBAN or Acct/Id/Othr/Id)");
        var currency = accountCurrency ?? firstCurrency ?? "XXX";
        var result = CamtBalanceCheck.Check(context, location, balances, summary, partialPage, transactions, currency, carriedOpening);
        var statement = new BankStatement
        {
            Account = Account ?? "",
            Currency = currency,
            OpeningBalance = result.Opening,
            ClosingBalance = result.Closing,
            Balanced = result.Balanced,
            BalanceNote = result.Note,
            Transactions = transactions,
        };
        return (statement, result.End);
    }

    private void ReadAccount(CamtElement account)
    {
        Account = account.Text("Id", "IBAN") ?? account.Text("Id", "Othr", "Id") ?? account.Text("Id", "PrtryAcct", "Id")
            ?? account.Text("Id", "BBAN") ?? account.Text("Id", "UPIC");
        if (account.Text("Ccy") is { } ccy)
        {
            accountCurrency = ccy.ToUpperInvariant();
            if (!CurrencyInfo.IsWellFormed(accountCurrency)) context.Error(account.Child("Ccy")!, "Ccy", $"currency '{ccy}' is not an ISO 4217 code");
        }
    }
}
