using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Matching;

/// <summary>
/// Second phase: each payment (bank line not settled, processor item, 835 claim) goes through the rules in
/// order; the first rule that does not say "no match" decides. What no rule explains is classified.
/// </summary>
internal sealed class CashPhase(RuleSet rules, MatchContext context, NightBook book)
{
    /// <summary>The trail's rule names for the cash (or claim) rules that found no match for a payment before one decided.</summary>
    public const string CashRules = "cash rules";
    public const string ClaimRules = "claim rules";

    private readonly List<(string Rule, string Reason)> _rejected = [];

    private static readonly HashSet<string> ReturnKinds = new(StringComparer.OrdinalIgnoreCase) { "dispute", "chargeback", "return", "reversal" };

    public void Run(CashCandidate cash)
    {
        if (cash.ItemKind is { } kind && ReturnKinds.Contains(kind))
        {
            book.Flag(cash, Returns.Finding(cash), cash.Amount);
            book.Unapplied[cash.SourceId] = 0m;
            return;
        }
        if (cash.ItemKind == "plb")
        {
            book.Flag(cash, new Finding(DiscrepancyCategory.ProviderAdjustment,
                $"provider-level adjustment in {cash.BatchKind} {cash.BatchId}: {string.Join(' ', cash.Texts)} ({Money.Format(cash.Amount)} {cash.Currency})",
                "Post the adjustment (interest, recoupment or forwarding balance) in billing"), cash.Amount);
            book.Unapplied[cash.SourceId] = 0m;
            return;
        }
        if (cash.Claim is null && cash.Amount <= 0m)
        {
            book.Note(cash.SourceId, "engine", "skipped", $"{cash.ItemKind ?? "line"} of {Money.Format(cash.Amount)} brings no money in");
            book.Unapplied[cash.SourceId] = 0m;
            return;
        }

        var remaining = cash.Amount;
        Finding? finding = null;
        // One list for every payment: the trail keeps a copy of what it is given.
        var rejected = _rejected;
        rejected.Clear();
        var label = cash.Claim is null ? CashRules : ClaimRules;
        var phaseRules = cash.Claim is null ? rules.Cash : rules.Claims;
        for (var r = 0; r < phaseRules.Count; r++)
        {
            var (rule, mode) = phaseRules[r];
            var outcome = rule.Evaluate(cash, context);
            if (outcome is RuleOutcome.NoMatch no)
            {
                rejected.Add((rule.Name, no.Reason));
                continue;
            }
            book.Rejected(cash.SourceId, label, rejected);
            rejected.Clear();
            switch (outcome)
            {
                case RuleOutcome.Matched matched when mode == RuleMode.Review || matched.Confidence < rules.Options.AutoApplyMinConfidence:
                    book.Note(cash.SourceId, rule.Name, "suggested", mode == RuleMode.Review ? matched.Explanation
                        : $"{matched.Explanation} (confidence {Money.Format(matched.Confidence)}, below the floor {Money.Format(rules.Options.AutoApplyMinConfidence)} for applying it)");
                    finding = Suggestion(cash, rule.Name, matched);
                    break;
                case RuleOutcome.Matched matched:
                    book.Note(cash.SourceId, rule.Name, "applied", matched.Explanation);
                    remaining -= Apply(cash, rule.Name, matched);
                    finding = matched.Finding;
                    break;
                case RuleOutcome.Ambiguous ambiguous:
                    book.Note(cash.SourceId, rule.Name, "ambiguous", ambiguous.Explanation);
                    finding = new Finding(DiscrepancyCategory.AmbiguousMatch, ambiguous.Explanation, "Choose the invoice(s) in the workbook's Apply to column")
                    { Candidates = ambiguous.Candidates.Select(i => i.InvoiceNumber).ToList() };
                    break;
                case RuleOutcome.Flagged flagged:
                    book.Note(cash.SourceId, rule.Name, "flagged", flagged.Finding.Description);
                    finding = flagged.Finding;
                    break;
            }
            break;
        }
        book.Rejected(cash.SourceId, label, rejected);

        book.Unapplied[cash.SourceId] = finding?.ConsumesPayment == true ? 0m : remaining;
        if (finding is not null) book.Flag(cash, finding, remaining);
        else if (remaining != 0m) book.Flag(cash, Unmatched(cash, remaining), remaining);
    }

    private decimal Apply(CashCandidate cash, string rule, RuleOutcome.Matched matched)
    {
        var applied = 0m;
        foreach (var created in matched.NewItems)
            if (context.Ledger.Add(created)) book.Created.Add(created);
        foreach (var allocation in matched.Allocations)
        {
            context.Ledger.Apply(allocation.Item, allocation.Amount);
            applied += allocation.Amount;
            var application = new Application(cash.SourceKind, cash.SourceId, cash.SourceFile, allocation.Item.InvoiceNumber,
                allocation.Item.CustomerId, allocation.Amount, cash.Currency, rule, matched.Confidence, matched.Explanation)
            { CashDate = cash.Date };
            context.Record(application);
            book.Applications.Add(application);
        }
        foreach (var adjustment in matched.Adjustments)
        {
            context.Ledger.Apply(adjustment.Item, adjustment.Amount);
            book.Applications.Add(new Application(SourceKind.Adjustment, cash.SourceId, cash.SourceFile, adjustment.Item.InvoiceNumber,
                adjustment.Item.CustomerId, adjustment.Amount, cash.Currency, adjustment.Reason, matched.Confidence, adjustment.Explanation) { CashDate = cash.Date });
        }
        return applied;
    }

    private static Finding Suggestion(CashCandidate cash, string rule, RuleOutcome.Matched matched) =>
        new(cash.SourceKind == SourceKind.BankLine ? DiscrepancyCategory.UnmatchedReceipt : DiscrepancyCategory.UnmatchedPayment,
            $"{Money.Format(cash.Amount)} {cash.Currency} not applied automatically; rule {rule} suggests {References.Numbers(matched.Allocations.Select(a => a.Item))}: {matched.Explanation}",
            $"Review the suggestion and apply it to {References.Numbers(matched.Allocations.Select(a => a.Item))} if right")
        { Candidates = matched.Allocations.Select(a => a.Item.InvoiceNumber).ToList() };

    private Finding Unmatched(CashCandidate cash, decimal remaining)
    {
        var days = context.AsOf.DayNumber - cash.Date.DayNumber;
        if (days > rules.Options.StaleAfterDays)
        {
            return new Finding(DiscrepancyCategory.StaleUnappliedCash,
                $"{Money.Format(remaining)} {cash.Currency} received {cash.Date:yyyy-MM-dd} still unapplied after {days} days",
                "Identify the payer and apply it, or refund it; unapplied cash this old may need escheatment review");
        }
        return cash.SourceKind == SourceKind.BankLine
            ? new Finding(DiscrepancyCategory.UnmatchedReceipt, $"{Money.Format(remaining)} {cash.Currency} received {cash.Date:yyyy-MM-dd} matched no open item",
                "Identify the payer and apply it to an invoice, or refund it")
            : new Finding(DiscrepancyCategory.UnmatchedPayment,
                $"{cash.ItemKind ?? "payment"} of {Money.Format(remaining)} {cash.Currency} in {cash.BatchKind} {cash.BatchId} matched no open item",
                "Find the invoice the customer paid and apply it by hand");
    }
}
