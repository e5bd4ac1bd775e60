namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// The cross-night reversals a case exercises, read from its events: the property run checks that its cases include
/// each (a dispute won on a later night, a second refund of a charge, a full return of a payment written off short).
/// </summary>
public static class CaseFeatures
{
    public const string DisputeWonLater = "dispute_won_on_a_later_night";
    public const string SecondRefundLater = "second_refund_on_a_later_night";
    public const string RefundedInFull = "second_refund_completes_the_charge";
    public const string CardFeeReturned = "card_fee_payment_returned";
    public const string ToleranceReturned = "payment_short_within_tolerance_returned";

    public static readonly string[] All = [DisputeWonLater, SecondRefundLater, RefundedInFull, CardFeeReturned, ToleranceReturned];

    public static IEnumerable<string> Of(BooksCase c)
    {
        var byId = c.Events.ToDictionary(e => e.Id);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in c.Events)
        {
            var before = e.Dispute is { } d && byId.TryGetValue(d, out var earlier) ? earlier : null;
            var original = e.Original is { } o && byId.TryGetValue(o, out var paid) ? paid : null;
            if (e.Kind == EventKind.StripeDisputeWon && before is not null && before.Night < e.Night) found.Add(DisputeWonLater);
            if (e.Kind == EventKind.StripeSecondRefund && before is not null && before.Night < e.Night) found.Add(SecondRefundLater);
            if (e.Kind == EventKind.StripeSecondRefund && before is not null && original is not null && before.Amount + e.Amount == original.Amount)
                found.Add(RefundedInFull);
            if (e.Kind == EventKind.BankReturn && original?.Kind == EventKind.CardFeePayment) found.Add(CardFeeReturned);
            if (e.Kind == EventKind.BankReturn && original is { Kind: EventKind.ShortPayment, Invoices.Count: 1 }
                && c.Items.FirstOrDefault(i => i.Number == original.Invoices[0]) is { } item && item.Amount - original.Amount < 1m) found.Add(ToleranceReturned);
        }
        return found;
    }
}
