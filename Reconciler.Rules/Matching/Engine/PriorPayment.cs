namespace Reconciler.Rules.Matching;

/// <summary>An earlier application to an invoice (an earlier night, or earlier tonight), for duplicate detection.</summary>
public sealed record PriorPayment(string InvoiceNumber, decimal Amount, DateOnly Date, string SourceId);
