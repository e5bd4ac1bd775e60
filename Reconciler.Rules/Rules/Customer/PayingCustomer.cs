using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>The one customer a payment's name points to, or why there is none.</summary>
internal static class PayingCustomer
{
    public static (string? CustomerId, decimal Score, string Why) Find(CashCandidate cash, MatchContext context, decimal threshold)
    {
        var (customers, score) = context.CustomersOf(cash);
        if (customers.Count == 0 || score < threshold)
            return (null, score, $"no customer name fits (best score {score:0.00}, threshold {threshold:0.00})");
        if (customers.Count > 1)
            return (null, score, $"{customers.Count} customers fit equally ({string.Join(", ", customers)}, score {score:0.00})");
        return (customers[0], score, $"payer identified as {customers[0]} by name (score {score:0.00})");
    }
}
