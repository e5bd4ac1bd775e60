namespace Reconciler.Rules.Matching;

/// <summary>What a rule may read while it evaluates one payment: the ledger, the night, and payment history.</summary>
public sealed class MatchContext(OpenItemLedger ledger, DateOnly asOf, IEnumerable<PriorPayment> priorPayments)
{
    private readonly List<PriorPayment> _payments = priorPayments.ToList();

    public OpenItemLedger Ledger { get; } = ledger;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>Payments applied to <paramref name="invoiceNumber"/> before this one (earlier nights and earlier tonight).</summary>
    public IEnumerable<PriorPayment> PaymentsTo(string invoiceNumber) =>
        _payments.Where(p => p.InvoiceNumber == invoiceNumber);

    internal void Record(PriorPayment payment) => _payments.Add(payment);
}
