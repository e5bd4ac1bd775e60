using Reconciler.Rules.Model;

namespace Reconciler.Runs;

/// <summary>
/// What an open item owes at the start of a night. The billing export may not yet show what earlier
/// nights applied, so the smaller of the export's open amount and (amount - what we applied) is used:
/// money applied here is never counted twice, and payments posted directly in billing are still seen.
/// </summary>
public static class OpenBalances
{
    public static IReadOnlyList<OpenItem> AtStartOfNight(IReadOnlyList<OpenItem> exported, IReadOnlyDictionary<string, decimal> appliedBefore) =>
        exported.Select(item => appliedBefore.TryGetValue(item.InvoiceNumber, out var applied)
                ? item with { OpenAmount = Math.Min(item.OpenAmount, item.Amount - applied) }
                : item)
            .ToList();
}
