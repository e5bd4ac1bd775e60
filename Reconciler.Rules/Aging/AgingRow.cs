namespace Reconciler.Rules.Aging;

/// <summary>
/// One customer's (or payer's) open balance in one currency, spread over the buckets, with the money of theirs
/// held unapplied (their credit, negative) and who is responsible for paying the balance.
/// </summary>
public sealed record AgingRow(string CustomerId, string CustomerName, string Currency, IReadOnlyList<decimal> Buckets)
{
    public decimal Total => Buckets.Sum();

    /// <summary>Money identified to this customer but not applied (an overpayment's excess...), as a negative amount.</summary>
    public decimal UnappliedCredit { get; init; }

    /// <summary>What the customer owes once their unapplied credit is counted.</summary>
    public decimal NetBalance => Total + UnappliedCredit;

    /// <summary><see cref="Responsibility.Customer"/> or <see cref="Responsibility.Payer"/> (claims).</summary>
    public string Responsible { get; init; } = Responsibility.Customer;
}
