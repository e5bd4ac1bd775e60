namespace Reconciler.Rules.Matching;

/// <summary>
/// An earlier night's write-off made with a payment (a card fee, a short payment within tolerance, a reviewer's write-off,
/// by the payment's id), or its reversal or re-application (by the returning row's id): a full return of the payment
/// undoes it with the cash.
/// </summary>
public sealed record PriorWriteOff(string InvoiceNumber, decimal Amount, string SourceId, string Rule);
