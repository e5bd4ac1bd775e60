using Reconciler.Rules.Model;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// Checks reviewer decisions against what is known: the exception must exist, an Apply must name open invoices
/// whose total open amount covers the exception's amount (or, with amounts per invoice, amounts each invoice owes that
/// add up to no more than the money), and each exception is decided once. Pure: no I/O.
/// </summary>
public static class DecisionValidator
{
    public static DecisionValidation Validate(
        IReadOnlyList<ReviewerDecision> decisions,
        IReadOnlyDictionary<string, ExceptionFacts> known,
        IReadOnlyDictionary<string, decimal> open,
        string file = "exceptions.xlsx")
    {
        var problems = new List<DecisionProblem>();
        var seen = new Dictionary<string, ReviewerDecision>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            foreach (var message in Check(decision, known, open, seen))
                problems.Add(new DecisionProblem(file, decision.Sheet, decision.Row, message));
            seen.TryAdd(decision.ExceptionId, decision);
        }
        return problems.Count == 0 ? new DecisionValidation(decisions, []) : new DecisionValidation([], problems);
    }

    private static IEnumerable<string> Check(
        ReviewerDecision decision, IReadOnlyDictionary<string, ExceptionFacts> known, IReadOnlyDictionary<string, decimal> open,
        Dictionary<string, ReviewerDecision> seen)
    {
        if (seen.TryGetValue(decision.ExceptionId, out var earlier))
            yield return $"exception {decision.ExceptionId} is already decided on sheet {earlier.Sheet}, row {earlier.Row}";
        if (!known.TryGetValue(decision.ExceptionId, out var facts))
        {
            yield return $"exception {decision.ExceptionId} is not known (resolved already, or from another database)";
            yield break;
        }
        if (decision.Action is not (DecisionAction.Apply or DecisionAction.WriteOff)) yield break;

        var targets = decision.ApplyTo.Select(ApplyTarget.Parse).ToList();
        var notOpen = targets.Where(t => open.GetValueOrDefault(t.Invoice) <= 0m).ToList();
        foreach (var target in notOpen)
        {
            yield return open.ContainsKey(target.Invoice)
                ? $"invoice {target.Invoice} is not open"
                : $"invoice {target.Invoice} is not open: it is not among the open items of the latest night";
        }
        if (decision.Action != DecisionAction.Apply) yield break;
        if (targets.Count == 0)
        {
            yield return "Apply needs the invoice number(s) in 'Apply to'";
            yield break;
        }
        if (facts.Amount is not { } amount)
        {
            yield return $"exception {decision.ExceptionId} ({facts.Category}) has no amount to apply";
            yield break;
        }
        var money = Math.Abs(amount);
        if (targets.Any(t => t.Amount is not null))
        {
            foreach (var problem in CheckSplit(targets, notOpen, money, facts.Currency, open)) yield return problem;
            yield break;
        }
        var available = targets.Select(t => t.Invoice).Distinct(StringComparer.Ordinal).Sum(i => Math.Max(0m, open.GetValueOrDefault(i)));
        if (notOpen.Count == 0 && money > available)
            yield return $"{Money.Format(money)} {facts.Currency} does not fit: {string.Join(", ", decision.ApplyTo)} owe {Money.Format(available)} in all";
    }

    /// <summary>Amounts per invoice: each within what its invoice owes and in the currency's decimals, and together within the money.</summary>
    private static IEnumerable<string> CheckSplit(List<ApplyTarget> targets, List<ApplyTarget> notOpen, decimal money, string currency,
        IReadOnlyDictionary<string, decimal> open)
    {
        var decimals = CurrencyInfo.MinorUnits(currency);
        foreach (var target in targets)
        {
            var amount = target.Amount ?? 0m;
            if (decimal.Round(amount, decimals) != amount)
                yield return $"{target}: {currency} amounts have {decimals} decimal(s)";
            if (!notOpen.Contains(target) && amount > open[target.Invoice])
                yield return $"{target.Invoice} owes {Money.Format(open[target.Invoice])} {currency}, less than the {Money.Format(amount)} to apply to it";
        }
        var total = targets.Sum(t => t.Amount ?? 0m);
        if (total > money)
            yield return $"the amounts add up to {Money.Format(total)} {currency}, more than the {Money.Format(money)} {currency} of the money";
    }
}
