namespace Reconciler.Rules.Model;

/// <summary>An invoice or claim that may still be owed, as the billing system exported it.</summary>
/// <param name="InvoiceNumber">The billing system's number; for claims, the patient control number (CLP01).</param>
/// <param name="CustomerId">The customer, or for a claim the payer.</param>
/// <param name="CustomerName">The customer's (or payer's) display name.</param>
/// <param name="IssueDate">When it was issued.</param>
/// <param name="DueDate">When it falls due; aging counts from here.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Amount">The original amount.</param>
/// <param name="OpenAmount">What is still owed.</param>
public sealed record OpenItem(
    string InvoiceNumber,
    string CustomerId,
    string CustomerName,
    DateOnly IssueDate,
    DateOnly DueDate,
    string Currency,
    decimal Amount,
    decimal OpenAmount)
{
    /// <summary>Where the row came from (file and line), for explanations.</summary>
    public string? Location { get; init; }
}
