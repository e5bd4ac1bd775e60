using System.Collections.Concurrent;
using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Rules.Customer;

/// <summary>The one customer a payment's name points to, or why there is none.</summary>
internal static class PayingCustomer
{
    public static (string? CustomerId, decimal Score, string Why) Find(CashCandidate cash, MatchContext context, decimal threshold)
    {
        var (customers, score) = context.CustomersOf(cash);
        if (customers.Count == 0 || score < threshold) return (null, score, NoFit(score, threshold));
        if (customers.Count > 1)
            return (null, score, $"{customers.Count} customers fit equally ({string.Join(", ", customers)}, score {score:0.00})");
        return (customers[0], score, $"payer identified as {customers[0]} by name (score {score:0.00})");
    }

    private static string NoFit(decimal score, decimal threshold) => $"no customer name fits (best score {score:0.00}, threshold {threshold:0.00})";

    /// <summary>
    /// A rule's "no match" for a payment whose name fits no customer well enough, made once per score: most payments
    /// without a reference are turned down for it, by each rule that looks for the payer by name.
    /// </summary>
    internal sealed class NoFitOutcomes(decimal threshold)
    {
        private readonly ConcurrentDictionary<decimal, RuleOutcome.NoMatch> _byScore = new();

        /// <summary>The rule's "no match" for <paramref name="cash"/> when its name points to no single customer; null when it does.</summary>
        public RuleOutcome.NoMatch? For(CashCandidate cash, MatchContext context)
        {
            var (customers, score) = context.CustomersOf(cash);
            if (customers.Count == 0 || score < threshold) return _byScore.GetOrAdd(score, static (s, t) => new RuleOutcome.NoMatch(NoFit(s, t)), threshold);
            return null;
        }
    }
}
