using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Customer;

namespace Reconciler.Rules.Matching;

/// <summary>What a rule may read while it evaluates one payment: the ledger, the night, and payment history.</summary>
public sealed class MatchContext(OpenItemLedger ledger, DateOnly asOf, IEnumerable<PriorPayment> priorPayments, PayerAliasBook? aliases = null)
{
    // Per invoice, the payments applied to it so far: earlier nights' as given, tonight's as they are applied. Nearly every
    // invoice has one payment: it is held in the dictionary's own entries (one large array for hundreds of thousands, which the
    // collector does not copy from generation to generation as it did as many one-payment arrays); a second one moves the
    // invoice's payments to an array of the exact size.
    private readonly (Dictionary<string, PriorPayment> First, Dictionary<string, PriorPayment[]> More) _paid = Paid(priorPayments);

    public OpenItemLedger Ledger { get; } = ledger;

    public DateOnly AsOf { get; } = asOf;

    /// <summary>The night's payer aliases (configured and learned), for the alias rule.</summary>
    public PayerAliasBook Aliases { get; } = aliases ?? PayerAliasBook.Empty;

    /// <summary>Payments applied to <paramref name="invoiceNumber"/> before this one (earlier nights and earlier tonight).</summary>
    public IReadOnlyList<PriorPayment> PaymentsTo(string invoiceNumber) =>
        _paid.More.TryGetValue(invoiceNumber, out var all) ? all : _paid.First.TryGetValue(invoiceNumber, out var one) ? [one] : [];

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
        return _customers ??= Ledger.Customers.Identify(cash);
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
    internal void Record(Application application) =>
        Add(_paid, new PriorPayment(application.InvoiceNumber, application.AppliedAmount,
            application.CashDate ?? throw new InvalidOperationException("a payment's application has its date"), application.SourceId));

    private static (Dictionary<string, PriorPayment>, Dictionary<string, PriorPayment[]>) Paid(IEnumerable<PriorPayment> payments)
    {
        // Sized once: a month's look-back holds hundreds of thousands of payments, and growing a dictionary copies it each time.
        var paid = (new Dictionary<string, PriorPayment>(payments.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal),
            new Dictionary<string, PriorPayment[]>(StringComparer.Ordinal));
        foreach (var payment in payments) Add(paid, payment);
        return paid;
    }

    private static void Add((Dictionary<string, PriorPayment> First, Dictionary<string, PriorPayment[]> More) paid, PriorPayment payment)
    {
        var invoice = payment.InvoiceNumber;
        if (paid.More.TryGetValue(invoice, out var all)) paid.More[invoice] = [.. all, payment];
        else if (paid.First.TryGetValue(invoice, out var earlier)) paid.More[invoice] = [earlier, payment];
        else paid.First[invoice] = payment;
    }
}
