namespace Reconciler.Rules.Model;

/// <summary>Where applied money came from (the <c>source_kind</c> column of the reports).</summary>
public static class SourceKind
{
    public const string BankLine = "bank_line";
    public const string PaymentItem = "payment_item";
    public const string ClaimPayment = "claim_payment";

    /// <summary>A non-cash reduction of an open item: a contractual adjustment, a write-off.</summary>
    public const string Adjustment = "adjustment";
}
