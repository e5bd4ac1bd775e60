namespace Reconciler.Reports.Csv;

/// <summary>One bank credit of deposits.csv / deposits.xlsx: what explained it, and what is left.</summary>
public sealed record DepositRow(
    string BankAccount, DateOnly BookingDate, string BankLineId, decimal Amount, string Currency, string Description,
    string Kind, string Status, string MatchedTo, int Items, decimal Difference);
