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
    /// <summary>
    /// Who owes it when that is not its customer's kind (<c>patient</c> or <c>payer</c>); set on the items claim posting
    /// creates (<c>&lt;claim&gt;-PR</c>, <c>&lt;claim&gt;-SEC</c>). Null: a customer's invoice, or a payer's claim.
    /// </summary>
    public string? Responsible { get; init; }

    /// <summary>The claim a patient or secondary item was moved from; such items are carried from night to night by the store.</summary>
    public string? CreatedFrom { get; init; }

    /// <summary>The patient (statements only: it never reaches logs or exception texts, its ToString hides it).</summary>
    public PatientName? Patient { get; init; }

    /// <summary>Open items' optional <c>patient_id</c>: the patient's id in billing.</summary>
    public string? PatientId { get; init; }

    /// <summary>Open items' optional <c>secondary_payer_id</c>: what the primary payer leaves goes to this payer.</summary>
    public string? SecondaryPayerId { get; init; }
}
