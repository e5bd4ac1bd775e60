using System.Globalization;
using System.Text;

namespace Reconciler.Tests.Books.Properties;

/// <summary>A night's bank statement as a bank CSV (Account, Date, Description, Amount, Currency): one USD and one EUR account.</summary>
public static class BankCsvFile
{
    public const string UsdAccount = "000123456789";
    public const string EurAccount = "DE44500105175407324931";

    public static WrittenFile? Write(BooksCase c, int night)
    {
        var rows = new List<(NightEvent, string)>();
        var text = new StringBuilder("Account,Date,Description,Amount,Currency\n");
        foreach (var e in c.On(night).Where(e => e.IsBankLine))
        {
            var amount = AmountOf(c, e);
            if (amount == 0m) continue; // a payout that nets to nothing never reaches the bank
            var account = e.Currency == "EUR" ? EurAccount : UsdAccount;
            text.Append(CultureInfo.InvariantCulture, $"{account},{c.AsOf(night):yyyy-MM-dd},{Description(c, e)},{amount:0.00},{e.Currency}\n");
            rows.Add((e, (rows.Count + 1).ToString("D6", CultureInfo.InvariantCulture)));
        }
        return rows.Count == 0 ? null : new WrittenFile($"bank-{c.AsOf(night):yyyy-MM-dd}.csv", text.ToString(), rows);
    }

    /// <summary>Signed: a return is a debit; a deposit is what its batch paid, when that is positive.</summary>
    public static decimal AmountOf(BooksCase c, NightEvent e) => e.Kind switch
    {
        EventKind.BankReturn => -e.Amount,
        EventKind.StripePayoutDeposit => Math.Max(0m, StripeCsvFile.NetOf(c.On(e.Night))),
        EventKind.EraDeposit => Math.Max(0m, Era835File.PaymentOf(c.On(e.Night))),
        _ => e.Amount,
    };

    private static string Description(BooksCase c, NightEvent e)
    {
        var references = string.Join(" ", e.Invoices);
        return e.Kind switch
        {
            EventKind.Unidentified => $"LOCKBOX DEPOSIT {7000 + e.Id} UNIDENTIFIED REMITTER",
            EventKind.LessCreditNote => $"ACH CREDIT {e.Payer}",
            EventKind.CardFeePayment => $"CARD SETTLEMENT {e.Payer} {references}",
            EventKind.BankReturn => $"RETURNED ITEM R01 INSUFFICIENT FUNDS {e.Payer} {references}".TrimEnd(),
            EventKind.StripePayoutDeposit => $"STRIPE TRANSFER {StripeCsvFile.PayoutId(e.Night)}",
            EventKind.EraDeposit => $"ACH CREDIT {Era835File.PayerName} HCCLAIMPMT TRN*1*{Era835File.Trace(c, e.Night)}*1066033492",
            _ => $"ACH CREDIT {e.Payer} {references}".TrimEnd(),
        };
    }
}
