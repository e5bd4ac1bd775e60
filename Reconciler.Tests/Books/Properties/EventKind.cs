namespace Reconciler.Tests.Books.Properties;

/// <summary>What a generated event is, and so which file it is written to (bank CSV, Stripe CSV or 835).</summary>
public enum EventKind
{
    /// <summary>A bank credit of exactly what the named invoices owe.</summary>
    ExactPayment,
    ShortPayment,
    OverPayment,
    /// <summary>One of several bank credits for one invoice in one night.</summary>
    PartPayment,
    /// <summary>A customer's payment of invoices less its credit note, naming no invoice.</summary>
    LessCreditNote,
    /// <summary>Bank money naming nobody.</summary>
    Unidentified,
    /// <summary>A card settlement: the invoice less a 2.9% + 0.30 processing fee.</summary>
    CardFeePayment,
    /// <summary>A bank debit returning an earlier credit (R01), naming its payer and references.</summary>
    BankReturn,
    StripeCharge,
    StripeRefund,
    /// <summary>A second refund of a charge a refund took back in part (the rest, or part of it).</summary>
    StripeSecondRefund,
    StripeDispute,
    /// <summary>A won dispute (dispute_reversal): the money disputed comes back.</summary>
    StripeDisputeWon,
    /// <summary>The night's Stripe payout reaching the bank (its net).</summary>
    StripePayoutDeposit,
    /// <summary>An 835 claim payment with CO (contractual) and PR (patient) adjustments.</summary>
    ClaimPaid,
    ClaimDenied,
    /// <summary>835 PLB L6: the payer adds interest.</summary>
    PlbInterest,
    /// <summary>835 PLB WO: the payer takes back part of an earlier claim payment.</summary>
    PlbRecoupment,
    /// <summary>The night's 835 payment (its BPR amount) reaching the bank.</summary>
    EraDeposit,
}
