using System.Globalization;
using System.Text;

namespace Reconciler.Tests.Books.Properties;

/// <summary>A night's Stripe payout reconciliation export: the night's charges, refunds and disputes in one payout.</summary>
public static class StripeCsvFile
{
    private const string Header = "automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
        + "reporting_category,source_id,charge_id,description,customer_name,customer_email,payment_metadata[invoice_number]";

    public const decimal DisputeFee = 15.00m;

    public static string PayoutId(int night) => string.Create(CultureInfo.InvariantCulture, $"po_1PropN{night}");

    public static decimal FeeOf(NightEvent e) => e.Kind switch
    {
        EventKind.StripeCharge => Math.Round(e.Amount * 0.029m + 0.30m, 2, MidpointRounding.AwayFromZero),
        EventKind.StripeDispute => DisputeFee,
        EventKind.StripeDisputeWon => -DisputeFee, // the fee is given back
        _ => 0m,
    };

    public static decimal GrossOf(NightEvent e) => e.Kind is EventKind.StripeCharge or EventKind.StripeDisputeWon ? e.Amount : -e.Amount;

    public static decimal NetOf(IEnumerable<NightEvent> events) => events.Where(e => e.IsStripeRow).Sum(e => GrossOf(e) - FeeOf(e));

    public static WrittenFile? Write(BooksCase c, int night)
    {
        var events = c.On(night).Where(e => e.IsStripeRow).ToList();
        if (events.Count == 0) return null;
        var text = new StringBuilder(Header).Append('\n');
        var rows = new List<(NightEvent, string)>();
        var day = c.AsOf(night).AddDays(-1);
        foreach (var e in events)
        {
            var (category, source, description, invoice) = e.Kind switch
            {
                EventKind.StripeCharge => ("charge", e.ChargeId, $"Invoice {e.Invoices[0]}", e.Invoices[0]),
                EventKind.StripeRefund or EventKind.StripeSecondRefund => ("refund", $"re_3P{e.Id:D5}", "Partial refund", ""),
                EventKind.StripeDisputeWon => ("dispute_reversal", $"dp_3P{e.Dispute:D5}", "Dispute won", ""),
                _ => ("dispute", $"dp_3P{e.Id:D5}", "Dispute (fraudulent)", ""),
            };
            var (gross, fee) = (GrossOf(e), FeeOf(e));
            var email = e.Payer.Split(' ')[0].ToLowerInvariant() + "@example.com";
            text.Append(CultureInfo.InvariantCulture,
                $"{PayoutId(night)},{c.AsOf(night):yyyy-MM-dd} 00:00:00,txn_1P{e.Id:D5},{day:yyyy-MM-dd} 10:{e.Id % 60:D2}:00,{day:yyyy-MM-dd} 12:00:00,usd,")
                .Append(CultureInfo.InvariantCulture, $"{gross:0.00},{fee:0.00},{gross - fee:0.00},{category},{source},{e.ChargeId},{description},{e.Payer},{email},{invoice}\n");
            rows.Add((e, string.Create(CultureInfo.InvariantCulture, $"B00001-{rows.Count + 1:D5}")));
        }
        return new WrittenFile($"stripe-{c.AsOf(night):yyyy-MM-dd}.csv", text.ToString(), rows);
    }
}
