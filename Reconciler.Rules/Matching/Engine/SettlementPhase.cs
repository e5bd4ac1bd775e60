using System.Globalization;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// First phase: bank credits tied to payouts, remittances and ACH batches. A settled line is explained by
/// its batch (its items go on to cash application and claim posting); a difference is reported with what
/// the batch is made of, so a reviewer sees whether fees, refunds or provider adjustments explain it.
/// </summary>
internal static class SettlementPhase
{
    /// <summary>The trail's rule name for the settlement rules that all found no match for a line.</summary>
    public const string SettlementRules = "settlement rules";

    /// <summary>Returns the ids of the bank lines this phase dealt with (settled or flagged).</summary>
    public static HashSet<string> Run(IEnumerable<CashCandidate> bankLines, IReadOnlyList<NightBatch> batches, IReadOnlyList<ISettlementRule> rules, NightBook book)
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var unsettled = new UnsettledBatches(batches.OrderBy(b => b.Key, StringComparer.Ordinal));
        // One list for every line: the trail keeps a copy of what it is given.
        var rejected = new List<(string Rule, string Reason)>(rules.Count);
        foreach (var line in bankLines)
        {
            rejected.Clear();
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                var outcome = rule.Evaluate(line, unsettled);
                if (outcome is not SettlementOutcome.NoMatch)
                {
                    book.Rejected(line.SourceId, SettlementRules, rejected);
                    rejected.Clear();
                }
                switch (outcome)
                {
                    case SettlementOutcome.Settled settled:
                        book.Note(line.SourceId, rule.Name, "settled", settled.Explanation);
                        Settle(line, settled, rule.Name, book);
                        unsettled.Settle(settled.Batch);
                        handled.Add(line.SourceId);
                        break;
                    case SettlementOutcome.Ambiguous ambiguous:
                        book.Note(line.SourceId, rule.Name, "ambiguous", ambiguous.Explanation);
                        book.Flag(line, new Finding(DiscrepancyCategory.AmbiguousMatch, ambiguous.Explanation, "Tie the deposit to the right batch by hand")
                        {
                            Candidates = ambiguous.Batches.Select(b => $"{b.Batch.Kind}:{b.Batch.Id}").ToList(),
                        }, line.Amount);
                        book.Unapplied[line.SourceId] = line.Amount;
                        handled.Add(line.SourceId);
                        break;
                    case SettlementOutcome.NoMatch no:
                        rejected.Add((rule.Name, no.Reason));
                        continue;
                }
                break;
            }
            book.Rejected(line.SourceId, SettlementRules, rejected);
        }
        return handled;
    }

    private static void Settle(CashCandidate line, SettlementOutcome.Settled settled, string rule, NightBook book)
    {
        var batch = settled.Batch.Batch;
        var difference = line.Amount - batch.Amount;
        book.Settlements.Add(new Settlement(line.SourceId, line.Amount, line.Currency, batch.Kind, batch.Id, batch.Amount,
            difference == 0m ? "matched" : "mismatch", rule) { BatchKey = settled.Batch.Key, Explanation = settled.Explanation });
        book.Unapplied[line.SourceId] = 0m;
        if (difference == 0m) return;
        book.Flag(line, new Finding(DiscrepancyCategory.SettlementMismatch,
            $"deposit {Money.Format(line.Amount)} vs {batch.Kind} {batch.Id} {Money.Format(batch.Amount)}: {(difference < 0 ? "short" : "over")} by {Money.Format(Math.Abs(difference))}; {Composition(batch)}",
            "Compare the deposit with the batch detail; look for fees, refunds or adjustments deducted separately")
        { Amount = line.Amount, ExpectedAmount = batch.Amount }, line.Amount);
    }

    /// <summary>What a batch is made of, in words: gross, fees, refunds and adjustments.</summary>
    public static string Composition(PaymentBatch batch)
    {
        string Sum(IEnumerable<PaymentItem> items, Func<PaymentItem, decimal> amount) => Money.Format(items.Sum(amount));
        var parts = new List<string> { $"{batch.Items.Count.ToString(CultureInfo.InvariantCulture)} item(s)" };
        var payments = batch.Items.Where(i => i.Gross > 0m && i.Kind != "plb").ToList();
        if (payments.Count > 0) parts.Add($"gross {Sum(payments, i => i.Gross)}");
        if (batch.Items.Any(i => i.Fee != 0m)) parts.Add($"fees {Sum(batch.Items, i => i.Fee)}");
        var negatives = batch.Items.Where(i => i.Gross < 0m && i.Kind != "plb").ToList();
        if (negatives.Count > 0) parts.Add($"refunds/disputes {Sum(negatives, i => i.Gross)}");
        var plb = batch.Items.Where(i => i.Kind == "plb").ToList();
        if (plb.Count > 0) parts.Add($"provider adjustments {Sum(plb, i => i.Net)}");
        return "batch: " + string.Join(", ", parts);
    }
}
