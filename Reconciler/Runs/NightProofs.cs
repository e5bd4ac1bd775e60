using Reconciler.Reports.Journal;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Books;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Runs;

/// <summary>
/// The night's proofs from what the run holds: the receivables roll-forward closes against the aging (worked out here
/// as aging.csv works it out), the bank money against what the engine left unapplied.
/// </summary>
public static class NightProofs
{
    public static IReadOnlyList<Proof> Of(
        IReadOnlyList<ArOpening> ar, IReadOnlyList<OpenItem> opening, IReadOnlyDictionary<string, decimal> openAfter, IReadOnlyList<OutstandingCash> cash,
        IReadOnlyList<OutstandingItem> items, MatchingResult matching, DateOnly asOf, AgingBuckets buckets, AccountChart accounts)
    {
        var agingTotals = AgingCalculator.Age(opening, openAfter, asOf, buckets)
            .GroupBy(r => r.Currency, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Total), StringComparer.Ordinal);
        var creditNotes = opening.Where(i => i.OpenAmount < 0m).Select(i => i.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        var receivables = ProofBuilder.ArRollForward(ar, matching.Applications, agingTotals, accounts.Code(new(AccountRole.AccountsReceivable)), creditNotes);
        var bank = ProofBuilder.Cash(NightBooks.CashAtStart(cash), matching.Applications, matching.Settlements,
            NightBooks.Closings(matching, cash, items), matching.UnappliedBySource, accounts, matching.Reversals);
        return [.. receivables, .. bank];
    }

    /// <summary>The previous completed night's items with what each owed after it (null when there was none: a ledger's first night).</summary>
    public static IReadOnlyList<(string Invoice, string Currency, decimal OpenAfter)>? Previous(
        IReadOnlyList<OpenItem> previousItems, IReadOnlyDictionary<string, PreviousBalance> previousBalances)
    {
        if (previousItems.Count == 0 && previousBalances.Count == 0) return null;
        return previousItems.Select(i => (i.InvoiceNumber, i.Currency, previousBalances.TryGetValue(i.InvoiceNumber, out var b) ? b.OpenAfter : i.OpenAmount)).ToList();
    }
}
