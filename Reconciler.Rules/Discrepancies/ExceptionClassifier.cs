using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Discrepancies;

/// <summary>
/// The night's exceptions, in one step: the file problems and the rules' findings, merged with the previous night's
/// open ones (<see cref="CarryForward"/>), less those a reviewer closed, marked where one is under investigation, in the
/// contract's order (category, then id). A carried exception keeps its first-seen date; a new one has none yet. A short
/// payment that a later payment of the same night completed is resolved before it is ever reported.
/// </summary>
public static class ExceptionClassifier
{
    public static IReadOnlyList<CarryForward.Merged> Classify(ClassificationInput night)
    {
        var openAfter = night.OpenAfter ?? OpenAfter(night.OpenItems, night.Matching);
        var tonight = night.FileDiscrepancies.Concat(night.ProofDiscrepancies)
            .Concat(night.Matching.Discrepancies.Where(d => !CompletedTonight(d, openAfter))).ToList();
        var decided = night.Decisions.Where(d => d.Closes).Select(d => d.ExceptionId).ToHashSet(StringComparer.Ordinal);
        var merged = CarryForward.Merge(night.Previous, tonight, night.Matching, openAfter, decided);
        return Appeals.Mark(Investigations.Mark(merged, night.Decisions), night.Decisions, night.Matching, night.Previous)
            .OrderBy(m => DiscrepancyCategory.Order(m.Discrepancy.Category)).ThenBy(m => m.Discrepancy.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// A short payment whose invoice owes nothing by the end of the night: a later payment of the same night (or an
    /// adjustment) completed it, so the shortfall is resolved, not reported, just as it would be on the next night.
    /// </summary>
    private static bool CompletedTonight(Discrepancy d, IReadOnlyDictionary<string, decimal> openAfter) =>
        d.Category == DiscrepancyCategory.ShortPayment && d.InvoiceNumber is { } invoice
        && openAfter.TryGetValue(invoice, out var left) && left <= 0m;

    /// <summary>What each open item still owes after the night's applications.</summary>
    public static IReadOnlyDictionary<string, decimal> OpenAfter(IReadOnlyList<OpenItem> openItems, MatchingResult matching)
    {
        var open = new Dictionary<string, decimal>(openItems.Count, StringComparer.Ordinal);
        foreach (var item in openItems) open.Add(item.InvoiceNumber, item.OpenAmount);
        foreach (var application in matching.Applications)
        {
            if (open.ContainsKey(application.InvoiceNumber)) open[application.InvoiceNumber] -= application.AppliedAmount;
        }
        return open;
    }
}
