namespace Reconciler.Rules.Matching;

/// <summary>
/// An earlier application to an invoice (an earlier night, or earlier tonight), for duplicate detection. A value: the
/// rules keep one per application of the night, and an object per application was a big night's second copy of them.
/// </summary>
public readonly record struct PriorPayment(string InvoiceNumber, decimal Amount, DateOnly Date, string SourceId);
