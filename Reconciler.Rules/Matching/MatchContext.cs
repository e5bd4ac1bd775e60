using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>What a rule may read while it evaluates one payment: the ledger, the night, and payment history.</summary>
public sealed class MatchContext(OpenItemLedger ledger, DateOnly asOf, IEnumerable<PriorPayment> priorPayments)
{
    // Per invoice, its one payment or a list of its several: most invoices are paid once, and a big night records
    // nearly a million payments, so a list each was about 70 MB held to the end of the match. Tonight's payments are kept
    // as the applications the night makes anyway (a copy each was another 40 MB); earlier nights' as given.
    private readonly Dictionary<string, object> _payments = Paid(priorPayments);

    public OpenItemLedger Ledger { get; } = ledger;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>Payments applied to <paramref name="invoiceNumber"/> before this one (earlier nights and earlier tonight).</summary>
    public IEnumerable<PriorPayment> PaymentsTo(string invoiceNumber)
    {
        foreach (var paid in OneOrMany.Of<string, object>(_payments, invoiceNumber))
            yield return paid as PriorPayment ?? Earlier((Application)paid);
    }

    private static PriorPayment Earlier(Application tonight) =>
        new(tonight.InvoiceNumber, tonight.AppliedAmount, tonight.CashDate ?? throw new InvalidOperationException("a payment's application has its date"),
            tonight.SourceId);

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

    /// <summary>Remembers tonight's application of a payment (it has its <see cref="Application.CashDate"/>) for the payments after it.</summary>
    internal void Record(Application application) => OneOrMany.Add<string, object>(_payments, application.InvoiceNumber, application);

    private static Dictionary<string, object> Paid(IEnumerable<PriorPayment> payments)
    {
        var paid = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var payment in payments) OneOrMany.Add<string, object>(paid, payment.InvoiceNumber, payment);
        return paid;
    }
}
