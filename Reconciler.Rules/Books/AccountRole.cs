namespace Reconciler.Rules.Books;

/// <summary>The roles an account plays in the journal (config/accounts.json maps each to the user's own account code).</summary>
public static class AccountRole
{
    public const string Cash = "cash";
    public const string AccountsReceivable = "accounts_receivable";
    public const string UnappliedCash = "unapplied_cash";
    public const string ProcessorClearing = "processor_clearing";
    public const string ProcessorFees = "processor_fees";
    public const string ContractualAdjustments = "contractual_adjustments";
    public const string WriteOffs = "write_offs";
    public const string InterestIncome = "interest_income";
    public const string RefundsPayable = "refunds_payable";

    /// <summary>What patients owe (claims' patient responsibility). Optional in config/accounts.json: without it, accounts receivable.</summary>
    public const string PatientReceivable = "patient_receivable";

    /// <summary>Every role, in the order docs/books.md lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Cash, AccountsReceivable, UnappliedCash, ProcessorClearing, ProcessorFees, ContractualAdjustments, WriteOffs, InterestIncome, RefundsPayable,
        PatientReceivable,
    ];

    /// <summary>Roles a chart may leave out, and the role whose code they then use.</summary>
    public static readonly IReadOnlyDictionary<string, string> Optional = new Dictionary<string, string> { [PatientReceivable] = AccountsReceivable };

    /// <summary>The batch kinds that each have a clearing account of their own.</summary>
    public static readonly IReadOnlyList<string> ClearingKinds = ["stripe_payout", "paypal_withdrawal", "era_835", "ach_batch"];
}
