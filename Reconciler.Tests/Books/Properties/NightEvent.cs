using System.Globalization;

namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// One generated event of a night. Each event carries everything its file row needs (a return copies its original's
/// payer, references and amount; a refund names its charge by the original's id), so removing another event while
/// shrinking never makes it unwritable: a return whose original is gone is simply a return whose original is not found.
/// </summary>
public sealed record NightEvent(int Id, int Night, EventKind Kind, string Currency, decimal Amount, IReadOnlyList<string> Invoices)
{
    /// <summary>The customer or payer name written in the bank text or the Stripe row.</summary>
    public string Payer { get; init; } = "";

    /// <summary>For a refund or dispute: the charge event it names; for a return: the credit it returns.</summary>
    public int? Original { get; init; }

    /// <summary>For a won dispute: the dispute it reverses; for a second refund: the first refund of its charge.</summary>
    public int? Dispute { get; init; }

    /// <summary>An 835 claim's contractual (CO) adjustment.</summary>
    public decimal Contractual { get; init; }

    /// <summary>An 835 claim's patient responsibility (PR).</summary>
    public decimal Patient { get; init; }

    public bool IsBankLine => Kind is EventKind.ExactPayment or EventKind.ShortPayment or EventKind.OverPayment or EventKind.PartPayment
        or EventKind.LessCreditNote or EventKind.Unidentified or EventKind.CardFeePayment or EventKind.BankReturn
        or EventKind.StripePayoutDeposit or EventKind.EraDeposit;

    public bool IsStripeRow => Kind is EventKind.StripeCharge or EventKind.StripeRefund or EventKind.StripeSecondRefund or EventKind.StripeDispute
        or EventKind.StripeDisputeWon;

    public bool IsClaim => Kind is EventKind.ClaimPaid or EventKind.ClaimDenied;

    public bool IsPlb => Kind is EventKind.PlbInterest or EventKind.PlbRecoupment;

    public string ChargeId => string.Create(CultureInfo.InvariantCulture, $"ch_3P{Original ?? Id:D5}");

    public override string ToString()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"#{Id} night {Night} {Kind} {Amount:0.00} {Currency}");
        if (Invoices.Count > 0) text += " " + string.Join("+", Invoices);
        if (Dispute is not null) text += Kind == EventKind.StripeSecondRefund ? $" (after refund #{Dispute})" : $" (dispute #{Dispute})";
        if (Original is not null) text += $" (of #{Original})";
        if (Contractual != 0m || Patient != 0m) text += string.Create(CultureInfo.InvariantCulture, $" CO {Contractual:0.00} PR {Patient:0.00}");
        return text;
    }
}
