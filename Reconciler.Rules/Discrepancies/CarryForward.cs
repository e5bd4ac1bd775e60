using Reconciler.Rules.Matching;

namespace Reconciler.Rules.Discrepancies;

/// <summary>
/// Keeps open discrepancies alive from night to night until they are resolved, with their id and
/// first-seen date. A payment still unapplied keeps the exception it had (so an overpayment's leftover is not
/// renamed a closed-invoice payment tomorrow); one applied tonight is resolved. A short payment is resolved
/// when its invoice no longer owes anything; the other categories wait for a reviewer's decision.
/// </summary>
public static class CarryForward
{
    public sealed record Carried(Discrepancy Discrepancy, DateOnly FirstSeen);

    /// <summary>A discrepancy of tonight's list; <see cref="FirstSeen"/> is known for carried ones, null for new ones.</summary>
    public sealed record Merged(Discrepancy Discrepancy, DateOnly? FirstSeen);

    /// <param name="previous">The open exceptions of the previous night, with their first-seen dates.</param>
    /// <param name="tonight">Tonight's discrepancies.</param>
    /// <param name="result">Tonight's matching result (what was applied, what is left of each payment).</param>
    /// <param name="openAfter">What each open item owes after tonight (absent: not open any more).</param>
    /// <param name="decided">Exception ids a reviewer has closed.</param>
    public static IReadOnlyList<Merged> Merge(
        IReadOnlyList<Carried> previous, IReadOnlyList<Discrepancy> tonight, MatchingResult result,
        IReadOnlyDictionary<string, decimal> openAfter, IReadOnlySet<string> decided)
    {
        // A ledger's first night, or one after a clean night, carries nothing: no need to index tonight's results for it.
        if (previous.Count == 0) return tonight.Where(d => !decided.Contains(d.Id)).Select(d => new Merged(d, null)).ToList();
        var tonightIds = tonight.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var staleTonight = tonight.Where(d => d.Category == DiscrepancyCategory.StaleUnappliedCash).ToDictionary(d => d.SourceId, StringComparer.Ordinal);
        var applied = result.Applications.Select(a => a.SourceId).ToHashSet(StringComparer.Ordinal);
        var keep = new List<Merged>();
        var replacedSources = new HashSet<string>(StringComparer.Ordinal);
        var inherited = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var (old, firstSeen) in previous)
        {
            if (decided.Contains(old.Id) || tonightIds.Contains(old.Id)) continue;
            if (result.UnappliedBySource.TryGetValue(old.SourceId, out var left))
            {
                // Seen again tonight: resolved if money from it was applied, otherwise it keeps its old identity,
                // except that unapplied money growing stale becomes stale_unapplied_cash (since the old first-seen date).
                if (applied.Contains(old.SourceId) || left == 0m || !IsAboutUnappliedMoney(old.Category)) continue;
                if (staleTonight.TryGetValue(old.SourceId, out var stale)) { inherited[stale.Id] = firstSeen; continue; }
                keep.Add(new Merged(old, firstSeen));
                replacedSources.Add(old.SourceId);
                continue;
            }
            if (old.Category == DiscrepancyCategory.ShortPayment && (old.InvoiceNumber is null || openAfter.GetValueOrDefault(old.InvoiceNumber) <= 0m)) continue;
            if (IsAboutUnappliedMoney(old.Category) && old.SourceKind is "bank_line" or "payment_item" or "claim_payment") continue; // used up since
            keep.Add(new Merged(old, firstSeen));
        }
        return tonight.Where(d => !replacedSources.Contains(d.SourceId) && !decided.Contains(d.Id))
            .Select(d => new Merged(d, inherited.TryGetValue(d.Id, out var seen) ? seen : null))
            .Concat(keep).ToList();
    }

    /// <summary>Categories that describe money still waiting to be applied (they end when it is).</summary>
    private static bool IsAboutUnappliedMoney(string category) => category is DiscrepancyCategory.UnmatchedReceipt
        or DiscrepancyCategory.UnmatchedPayment or DiscrepancyCategory.AmbiguousMatch or DiscrepancyCategory.StaleUnappliedCash
        or DiscrepancyCategory.Overpayment or DiscrepancyCategory.DuplicatePayment or DiscrepancyCategory.ClosedInvoicePayment
        or DiscrepancyCategory.CurrencyMismatch;
}
