namespace Reconciler.Reports.Deposits;

/// <summary>
/// One bank credit of deposits.csv / deposits.xlsx: what explained it, and what is left. A struct, made one at a time:
/// the description's two parts (counterparty, remittance) are joined by the writer, not kept joined in a string per row.
/// </summary>
public readonly record struct DepositRow(
    string BankAccount, DateOnly BookingDate, string BankLineId, decimal Amount, string Currency, string? Counterparty, string? Remittance,
    string Kind, string Status, string MatchedTo, int Items, decimal Difference)
{
    /// <summary>The description column: counterparty and remittance joined by a space, blank ones left out.</summary>
    public string Description => DepositPlan.JoinText(Counterparty, Remittance);
}
