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

    // Every rule of a payment asks the same questions (which invoices it names, which customer it is from); the
    // answers depend only on the payment and the balances, and balances change only when a payment is applied.
    private CashCandidate? _memoFor;
    private int _memoVersion;
    private References? _references;
    private (IReadOnlyList<string> Customers, decimal Score)? _customers;

    /// <summary>The invoices <paramref name="cash"/> names, worked out once per payment and balance state.</summary>
    internal References ReferencesOf(CashCandidate cash)
    {
        Memo(cash);
        return _references ??= References.Compute(cash, this);
    }

    /// <summary>The customers whose name fits <paramref name="cash"/> best, worked out once per payment.</summary>
    internal (IReadOnlyList<string> Customers, decimal Score) CustomersOf(CashCandidate cash)
    {
        Memo(cash);
        return _customers ??= Ledger.Customers.Identify([cash.Counterparty, .. cash.Texts]);
    }

    private void Memo(CashCandidate cash)
    {
        if (ReferenceEquals(_memoFor, cash) && _memoVersion == Ledger.Version) return;
        _memoFor = cash;
        _memoVersion = Ledger.Version;
        _references = null;
        _customers = null;
    }

    internal void Record(PriorPayment payment)
    {
        if (!_payments.TryGetValue(payment.InvoiceNumber, out var payments)) _payments[payment.InvoiceNumber] = payments = [];
        payments.Add(payment);
    }
}
