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
        var receivables = ProofBuilder.ArRollForward(ar, matching.Applications, agingTotals, accounts.Code(new(AccountRole.AccountsReceivable)));
        var bank = ProofBuilder.Cash(NightBooks.CashAtStart(cash), matching.Applications, matching.Settlements,
            NightBooks.Closings(matching, cash, items), matching.UnappliedBySource, accounts, matching.Reversals);
        return [.. receivables, .. bank];
    }

    /// <summary>
    /// The night's open items and, at the end (owing nothing at the start), those the night reopened that billing no
    /// longer exports (a return or a payer's reversal of a payment to an invoice billing has closed): they are owed
    /// again, so aging ages them from their own due date and the receivables proof closes on them.
    /// </summary>
    public static IReadOnlyList<OpenItem> WithReopened(IReadOnlyList<OpenItem> opening, IReadOnlyList<OpenItem> known, MatchingResult matching)
    {
        var reopened = matching.Applications.Where(a => a.AppliedAmount < 0m && a.SourceKind != SourceKind.Adjustment)
            .Select(a => a.InvoiceNumber).ToHashSet(StringComparer.Ordinal);
        if (reopened.Count == 0) return opening;
        reopened.ExceptWith(opening.Select(i => i.InvoiceNumber));
        if (reopened.Count == 0) return opening;
        return [.. opening, .. known.Where(i => reopened.Contains(i.InvoiceNumber)).Select(i => i with { OpenAmount = 0m })];
    }

    /// <summary>How far back a return, refund or dispute looks for the payment it undoes.</summary>
    public const int ReversalLookBackDays = 180;

    /// <summary>
    /// The money earlier nights applied, as candidates with their full amounts, for tonight's returns, refunds and disputes
    /// to find their originals among; read only on a night that has such a row.
    /// </summary>
    public static IReadOnlyList<CashCandidate> EarlierPayments(IReconciliationStore store, IEnumerable<CashCandidate> tonight, MatchingInput input)
    {
        if (!tonight.Any(ReversalRows.IsReversing) && !input.Debits.Any(Rules.Discrepancies.Returns.IsReturn)) return [];
        var applied = input.PriorPayments.Select(p => p.SourceId).ToHashSet(StringComparer.Ordinal);
        if (applied.Count == 0) return [];
        var (lines, items) = store.EarlierMoney(input.AsOf.AddDays(-ReversalLookBackDays), input.AsOf);
        return lines.Where(l => applied.Contains(l.Id)).Select(NightInputs.FromBankLine)
            .Concat(items.Where(i => applied.Contains(i.ItemKey)).Select(NightInputs.FromItem)).ToList();
    }

    /// <summary>The previous completed night's items with what each owed after it (null when there was none: a ledger's first night).</summary>
    public static IReadOnlyList<(string Invoice, string Currency, decimal OpenAfter)>? Previous(
        IReadOnlyList<OpenItem> previousItems, IReadOnlyDictionary<string, PreviousBalance> previousBalances)
    {
        if (previousItems.Count == 0 && previousBalances.Count == 0) return null;
        return previousItems.Select(i => (i.InvoiceNumber, i.Currency, previousBalances.TryGetValue(i.InvoiceNumber, out var b) ? b.OpenAfter : i.OpenAmount)).ToList();
    }
}
