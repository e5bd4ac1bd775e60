namespace Reconciler.Rules.Matching;

/// <summary>What a rule may read while it evaluates one payment: the ledger, the night, and payment history.</summary>
public sealed class MatchContext(OpenItemLedger ledger, DateOnly asOf, IEnumerable<PriorPayment> priorPayments)
{
    private readonly Dictionary<string, List<PriorPayment>> _payments = priorPayments.GroupBy(p => p.InvoiceNumber, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    public OpenItemLedger Ledger { get; } = ledger;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>Payments applied to <paramref name="invoiceNumber"/> before this one (earlier nights and earlier tonight).</summary>
    public IEnumerable<PriorPayment> PaymentsTo(string invoiceNumber) =>
        _payments.TryGetValue(invoiceNumber, out var payments) ? payments : [];

    internal void Record(PriorPayment payment)
    {
        if (!_payments.TryGetValue(payment.InvoiceNumber, out var payments)) _payments[payment.InvoiceNumber] = payments = [];
        payments.Add(payment);
    }
}
