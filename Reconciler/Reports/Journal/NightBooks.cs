using Reconciler.Rules.Books;
using Reconciler.Rules.Model;
using Reconciler.Rules.Matching;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Reports.Journal;

/// <summary>
/// A night as the books see it (<see cref="BooksNight"/>): the bank lines and batch items first read that night, what
/// the night decided, and the money reviewers closed.
/// </summary>
public static class NightBooks
{
    /// <summary>
    /// The night's journal entries, made as they are written: each journal writer streams its own rather than the night
    /// holding them all (about 1 KB an entry, 130 MB at 100k, built twice when both writers asked at once).
    /// </summary>
    public static IEnumerable<JournalEntry> JournalOf(NightResult night) => JournalBuilder.Entries(From(night));

    public static BooksNight From(NightResult night)
    {
        // Items belong to the night whose inputs read their file; bank lines say which night first read them.
        var readTonight = night.Inputs.Where(i => i.Status == "ingested").Select(i => i.File).ToHashSet(StringComparer.Ordinal);
        // Items not yet paid out (batch kind "pending") are still owed by their processor: its clearing account holds them.
        var processorOf = night.Inputs.Where(i => i.Format is "stripe" or "paypal").GroupBy(i => i.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Format == "stripe" ? "stripe_payout" : "paypal_withdrawal", StringComparer.Ordinal);
        return new BooksNight
        {
            AsOf = night.AsOf,
            Receipts = night.Cash.Where(c => c.IngestedAsOf == night.AsOf).Select(c => new BankReceipt(c.Id, c.Account, c.Currency, c.Amount)).ToList(),
            Items = night.Items.Where(i => readTonight.Contains(i.SourceFile))
                .Select(i => new ItemReceipt(i.ItemKey, i.Item.Claim is null ? SourceKind.PaymentItem : SourceKind.ClaimPayment,
                    i.BatchKind == "pending" && processorOf.TryGetValue(i.SourceFile, out var processor) ? processor : i.BatchKind, i.Item.Kind,
                    i.Currency, i.Item.Gross, i.Item.Fee, i.Item.Text))
                .ToList(),
            Settlements = night.Matching.Settlements,
            Applications = night.Matching.Applications,
            Closings = Closings(night.Matching, night.Cash, night.Items),
            Reversals = night.Matching.Reversals,
            PatientItems = night.OpenItems.Where(i => i.Responsible == Rules.Aging.Responsibility.Patient).Select(i => i.InvoiceNumber).ToHashSet(StringComparer.Ordinal),
        };
    }

    /// <summary>Bank lines at the start of the night, each with what it still held then (for the cash proof).</summary>
    public static IReadOnlyList<BankReceipt> CashAtStart(IReadOnlyList<OutstandingCash> cash) =>
        cash.Select(c => new BankReceipt(c.Id, c.Account, c.Currency, c.Remaining)).ToList();

    /// <summary>
    /// Money a reviewer's refund or write-off decision closed: what it held at the start of the night less what the
    /// night applied of it (a write-off decision may first apply it to an invoice).
    /// </summary>
    public static IReadOnlyList<MoneyClosing> Closings(MatchingResult matching, IReadOnlyList<OutstandingCash> cash, IReadOnlyList<OutstandingItem> items)
    {
        var decided = matching.Trail.Where(t => t.Outcome == "decided" && t.Rule is "refund" or "write_off")
            .GroupBy(t => t.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Rule, StringComparer.Ordinal);
        if (decided.Count == 0) return [];
        var applied = matching.Applications.Where(a => a.SourceKind != SourceKind.Adjustment && decided.ContainsKey(a.SourceId))
            .GroupBy(a => a.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(a => a.AppliedAmount), StringComparer.Ordinal);
        var closings = new List<MoneyClosing>();
        foreach (var c in cash.Where(c => decided.ContainsKey(c.Id)))
            closings.Add(new MoneyClosing(SourceKind.BankLine, c.Id, c.Currency, c.Remaining - applied.GetValueOrDefault(c.Id), decided[c.Id]));
        foreach (var i in items.Where(i => decided.ContainsKey(i.ItemKey)))
        {
            closings.Add(new MoneyClosing(i.Item.Claim is null ? SourceKind.PaymentItem : SourceKind.ClaimPayment, i.ItemKey, i.Currency,
                i.Remaining - applied.GetValueOrDefault(i.ItemKey), decided[i.ItemKey]));
        }
        return closings.Where(c => c.Amount != 0m).ToList();
    }
}
