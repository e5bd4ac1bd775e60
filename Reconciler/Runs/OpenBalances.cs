using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>
/// What an open item owes at the start of a night. The billing export may not yet show what earlier nights
/// applied, so when an item's exported open amount is what it was last night, billing has not moved and the
/// night starts from what it owed after last night; when the export changed, billing has posted something
/// (our postings or others') and the export is trusted.
/// </summary>
public static class OpenBalances
{
    public static IReadOnlyList<OpenItem> AtStartOfNight(IReadOnlyList<OpenItem> exported, IReadOnlyDictionary<string, PreviousBalance> previous)
    {
        if (previous.Count == 0) return exported; // a ledger's first night starts from the export as it is
        var opening = new List<OpenItem>(exported.Count);
        foreach (var item in exported)
            opening.Add(previous.TryGetValue(item.InvoiceNumber, out var last) && last.ExportedOpen == item.OpenAmount ? item with { OpenAmount = last.OpenAfter } : item);
        return opening;
    }

    /// <summary>
    /// The items the night created (claims' patient and secondary items), owing nothing at its start, after the night's
    /// opening items: the store keeps them with the night, and aging and the proofs see what the night moved to them.
    /// </summary>
    public static IReadOnlyList<OpenItem> WithCreated(IReadOnlyList<OpenItem> opening, IReadOnlyList<OpenItem> created)
    {
        if (created.Count == 0) return opening;
        // Which of the (few) created numbers the (many) opening items have, without a set of a million opening numbers.
        var createdNumbers = created.Select(c => c.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in opening)
            if (createdNumbers.Contains(item.InvoiceNumber)) known.Add(item.InvoiceNumber);
        return [.. opening, .. created.Where(c => known.Add(c.InvoiceNumber)).Select(c => c with { OpenAmount = 0m })];
    }

    /// <summary>
    /// Items the engine created on earlier nights (a claim's <c>-PR</c> and <c>-SEC</c>) that the billing export does not
    /// list: they start the night from what they owed after the previous night, as long as they owe something. Once the
    /// export lists one, the export's row is the item.
    /// </summary>
    public static IReadOnlyList<OpenItem> WithCarried(
        IReadOnlyList<OpenItem> opening, IReadOnlyList<OpenItem> previousItems, IReadOnlyDictionary<string, PreviousBalance> previous)
    {
        var known = opening.Select(i => i.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        var carried = previousItems
            .Where(p => p.CreatedFrom is not null && !known.Contains(p.InvoiceNumber))
            .Select(p => p with { OpenAmount = previous.TryGetValue(p.InvoiceNumber, out var last) ? last.OpenAfter : p.OpenAmount })
            .Where(p => p.OpenAmount != 0m)
            .ToList();
        return carried.Count == 0 ? opening : [.. opening, .. carried];
    }

    /// <summary>
    /// What the export said, for the items whose night starts from another amount (<paramref name="opening"/> is
    /// <see cref="AtStartOfNight"/> of <paramref name="exported"/>, item for item); the others start from the export.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Moved(IReadOnlyList<OpenItem> exported, IReadOnlyList<OpenItem> opening)
    {
        var moved = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < exported.Count; i++)
            if (exported[i].OpenAmount != opening[i].OpenAmount) moved[exported[i].InvoiceNumber] = exported[i].OpenAmount;
        return moved;
    }

    /// <summary>
    /// The night's open items and, at the end (owing nothing at the start), those the night reopened that billing no
    /// longer exports (a return or a payer's reversal of a payment to an invoice billing has closed): they are owed
    /// again, so aging ages them from their own due date and the receivables proof closes on them. A claim's patient or
    /// secondary item that was paid off and is not carried any more is reopened the same way when a claim posting moves
    /// more to it (a negative adjustment).
    /// </summary>
    public static IReadOnlyList<OpenItem> WithReopened(IReadOnlyList<OpenItem> opening, IReadOnlyList<OpenItem> known, MatchingResult matching)
    {
        var reopened = matching.Applications.Where(a => a.AppliedAmount < 0m)
            .Select(a => a.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        if (reopened.Count == 0) return opening;
        reopened.ExceptWith(opening.Select(i => i.InvoiceNumber));
        if (reopened.Count == 0) return opening;
        return [.. opening, .. known.Where(i => reopened.Contains(i.InvoiceNumber)).Select(i => i with { OpenAmount = 0m })];
    }
}
