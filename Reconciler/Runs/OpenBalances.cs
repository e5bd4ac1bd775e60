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
}
