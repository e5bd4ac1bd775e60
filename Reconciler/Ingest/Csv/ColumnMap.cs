namespace Reconciler.Ingest.Csv;

/// <summary>Which column holds what, found by header name (a profile's names first, then common synonyms).</summary>
internal sealed record ColumnMap
{
    public int Date { get; init; } = -1;
    public int ValueDate { get; init; } = -1;
    public int Amount { get; init; } = -1;
    public int Debit { get; init; } = -1;
    public int Credit { get; init; } = -1;
    public int Indicator { get; init; } = -1;
    public int Description { get; init; } = -1;
    public int Counterparty { get; init; } = -1;
    public int Reference { get; init; } = -1;
    public int Currency { get; init; } = -1;
    public int Balance { get; init; } = -1;
    public int Account { get; init; } = -1;

    public bool IsUsable => Date >= 0 && (Amount >= 0 || Debit >= 0 || Credit >= 0);

    private static readonly string[] DateNames = ["date", "booking date", "posting date", "posted date", "transaction date", "trans date", "buchungstag", "buchungsdatum", "datum", "boekingsdatum", "fecha", "date operation", "date opération"];
    private static readonly string[] ValueDateNames = ["value date", "valuta", "valutadatum", "wertstellung", "rentedatum", "date valeur"];
    private static readonly string[] AmountNames = ["amount", "betrag", "bedrag", "importe", "montant", "transaction amount", "amount (usd)", "amount (eur)", "bedrag (eur)", "betrag (eur)", "umsatz"];
    private static readonly string[] DebitNames = ["debit", "debits", "withdrawal", "withdrawals", "paid out", "money out", "soll", "debit amount", "débit"];
    private static readonly string[] CreditNames = ["credit", "credits", "deposit", "deposits", "paid in", "money in", "haben", "credit amount", "crédit"];
    private static readonly string[] IndicatorNames = ["af bij", "af/bij", "d/c", "dr/cr", "cr/dr", "s/h", "soll/haben", "debit/credit", "credit/debit", "dc"];
    private static readonly string[] DescriptionNames = ["description", "details", "memo", "narrative", "text", "verwendungszweck", "omschrijving", "mededelingen", "transaction description", "buchungstext", "remittance", "remittance information", "concepto", "libellé"];
    private static readonly string[] CounterpartyNames = ["counterparty", "payee", "payer", "name", "beneficiary", "auftraggeber/empfänger", "zahlungsempfänger", "empfänger", "naam / omschrijving", "naam", "counterparty name"];
    private static readonly string[] ReferenceNames = ["reference", "ref", "customer reference", "check number", "check no", "cheque number", "end to end id", "end-to-end-id", "mandatsreferenz", "kundenreferenz"];
    private static readonly string[] CurrencyNames = ["currency", "ccy", "währung", "waehrung", "munt", "devise", "moneda"];
    private static readonly string[] BalanceNames = ["balance", "running balance", "saldo", "kontostand", "solde", "ledger balance"];
    private static readonly string[] AccountNames = ["account", "account number", "iban", "konto", "rekening", "account no", "auftragskonto"];

    public static ColumnMap Find(IReadOnlyList<string> header, BankCsvProfile? profile)
    {
        var names = header.Select(Clean).ToArray();
        int Pick(string? configured, string[] synonyms)
        {
            if (configured is not null) return Array.IndexOf(names, Clean(configured));
            foreach (var synonym in synonyms)
            {
                var index = Array.IndexOf(names, synonym);
                if (index >= 0) return index;
            }
            return -1;
        }

        var map = new ColumnMap
        {
            Date = Pick(profile?.DateColumn, DateNames),
            ValueDate = Pick(profile?.ValueDateColumn, ValueDateNames),
            Amount = Pick(profile?.AmountColumn, AmountNames),
            Debit = Pick(profile?.DebitColumn, DebitNames),
            Credit = Pick(profile?.CreditColumn, CreditNames),
            Indicator = Pick(profile?.IndicatorColumn, IndicatorNames),
            Description = Pick(profile?.DescriptionColumn, DescriptionNames),
            Counterparty = Pick(profile?.CounterpartyColumn, CounterpartyNames),
            Reference = Pick(profile?.ReferenceColumn, ReferenceNames),
            Currency = Pick(profile?.CurrencyColumn, CurrencyNames),
            Balance = Pick(profile?.BalanceColumn, BalanceNames),
            Account = Pick(profile?.AccountColumn, AccountNames),
        };
        // A signed amount column wins over debit/credit columns that merely share a synonym.
        return map.Amount >= 0 && profile?.DebitColumn is null ? map with { Debit = -1, Credit = -1 } : map;
    }

    private static string Clean(string name) => name.Trim().Trim('"', '\uFEFF').Trim().ToLowerInvariant();
}
