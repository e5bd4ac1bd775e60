namespace Reconciler.Rules.Discrepancies;

/// <summary>The fixed vocabulary of discrepancies (CONTRACT.md): names are stable, never renamed.</summary>
public static class DiscrepancyCategory
{
    public const string UnmatchedReceipt = "unmatched_receipt";
    public const string UnmatchedPayment = "unmatched_payment";
    public const string ShortPayment = "short_payment";
    public const string Overpayment = "overpayment";
    public const string DuplicatePayment = "duplicate_payment";
    public const string AmbiguousMatch = "ambiguous_match";
    public const string ClosedInvoicePayment = "closed_invoice_payment";
    public const string CurrencyMismatch = "currency_mismatch";
    public const string SettlementMismatch = "settlement_mismatch";
    public const string ClaimDenied = "claim_denied";
    public const string ClaimReversal = "claim_reversal";
    public const string ProviderAdjustment = "provider_adjustment";
    public const string ReturnedPayment = "returned_payment";
    public const string StatementOutOfBalance = "statement_out_of_balance";
    public const string UnparseableFile = "unparseable_file";
    public const string StaleUnappliedCash = "stale_unapplied_cash";

    /// <summary>A nightly proof (receivables roll-forward, bank money) that does not close.</summary>
    public const string ProofOutOfBalance = "proof_out_of_balance";

    /// <summary>Every category, in the contract's order (reports list them in this order).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        UnmatchedReceipt, UnmatchedPayment, ShortPayment, Overpayment, DuplicatePayment, AmbiguousMatch,
        ClosedInvoicePayment, CurrencyMismatch, SettlementMismatch, ClaimDenied, ClaimReversal,
        ProviderAdjustment, ReturnedPayment, StatementOutOfBalance, UnparseableFile, StaleUnappliedCash, ProofOutOfBalance,
    ];

    /// <summary>A category's place in the contract's order (reports list exceptions in this order); unknown ones last.</summary>
    public static int Order(string category)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == category) return i;
        }
        return int.MaxValue;
    }

    /// <summary>The default severity of a category.</summary>
    public static Severity DefaultSeverity(string category) => category switch
    {
        StatementOutOfBalance or ClaimReversal or ProviderAdjustment or StaleUnappliedCash => Severity.Warning,
        _ => Severity.Error,
    };
}
