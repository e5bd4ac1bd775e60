using Reconciler.Rules.Model;

namespace Reconciler.Reports.Decisions;

/// <summary>
/// Checks reviewer decisions against what is known: the exception must exist, an Apply must name open invoices
/// whose total open amount covers the exception's amount, and each exception is decided once. Pure: no I/O.
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

        var notOpen = decision.ApplyTo.Where(i => open.GetValueOrDefault(i) <= 0m).ToList();
        foreach (var invoice in notOpen) yield return $"invoice {invoice} is not open";
        if (decision.Action != DecisionAction.Apply) yield break;
        if (decision.ApplyTo.Count == 0)
        {
            yield return "Apply needs the invoice number(s) in 'Apply to'";
            yield break;
        }
        if (facts.Amount is not { } amount)
        {
            yield return $"exception {decision.ExceptionId} ({facts.Category}) has no amount to apply";
            yield break;
        }
        var available = decision.ApplyTo.Distinct(StringComparer.Ordinal).Sum(i => Math.Max(0m, open.GetValueOrDefault(i)));
        if (notOpen.Count == 0 && Math.Abs(amount) > available)
            yield return $"{Money.Format(Math.Abs(amount))} {facts.Currency} does not fit: {string.Join(", ", decision.ApplyTo)} owe {Money.Format(available)} in all";
    }
}
