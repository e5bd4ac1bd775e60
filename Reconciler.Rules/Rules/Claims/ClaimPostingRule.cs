using System.Globalization;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Rules.Rules.Claims;

/// <summary>
/// Posts an 835 claim payment to its claim (CLP01 = the claim's number): the paid amount is applied, the
/// write-off groups' adjustments (CO) are written off as contractual, patient responsibility (PR) moves to the
/// patient's item, or to the secondary payer's (<see cref="ResponsibilityTransfer"/>). Denials and reversals are flagged, a claim that does not balance goes to review unposted; a reversal undoes an earlier posting of the same claim,
/// its move of patient responsibility included.
/// </summary>
public sealed class ClaimPostingRule(ClaimPostingOptions options) : ICashRule
{
    public const string RuleName = "claim_posting";

    public string Name => RuleName;

    public RuleOutcome Evaluate(CashCandidate cash, MatchContext context)
    {
        if (cash.Claim is not { } claim) return new RuleOutcome.NoMatch("not an 835 claim payment");
        var item = cash.InvoiceReference is null ? null : context.Ledger.FindByKey(ReferenceKey.Normalize(cash.InvoiceReference));
        // Billing may have closed the claim once the rest moved to the secondary payer: that payer's 835 still names the claim.
        if (item is null && cash.InvoiceReference is not null && SecondaryItems.Carried(cash.InvoiceReference, context) is { } carried
            && (!claim.IsReversal || SecondaryItems.Reversed(cash, claim, carried, context) is not null)) item = carried;
        if (item is null)
        {
            return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.UnmatchedPayment,
                $"claim {cash.InvoiceReference} (payer claim {claim.PayerClaimId}) paid {Money.Format(claim.Paid)} {cash.Currency} but is not among the open claims",
                "Find the claim in billing (it may be under another number) and post it manually"));
        }
        if (claim.BalanceProblem is { } unbalanced)
        {
            // An 835 claim whose own figures do not add up is never posted (and never "plugged"): a person decides.
            return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.StatementOutOfBalance,
                $"not posted: {unbalanced}", "Ask the payer for a corrected remittance, or post the claim by hand from the EOB")
            { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = claim.Paid, ExpectedAmount = context.Ledger.OpenAmount(item) });
        }
        if (claim.IsReversal) return Reverse(cash, claim, item, context);
        item = SecondaryItem(claim, item, context) ?? item;

        var open = context.Ledger.OpenAmount(item);
        var writeOff = claim.Adjustments.Where(a => options.WriteOffGroups.Contains(a.Group)).ToList();
        var patient = claim.Adjustments.Where(a => a.Group == "PR").ToList();
        var story = $"claim {item.InvoiceNumber}: status {claim.Status}, charge {Money.Format(claim.Charge)}, paid {Money.Format(claim.Paid)}"
            + (writeOff.Count > 0 ? $"; {Describe(writeOff)} written off as contractual" : "");

        if (claim.IsDenied && claim.Paid == 0m)
        {
            return new RuleOutcome.Flagged(new Finding(DiscrepancyCategory.ClaimDenied,
                $"claim {item.InvoiceNumber} denied by the payer: {Reasons(claim)}", "Correct and resubmit the claim, or appeal the denial")
            { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = 0m, ExpectedAmount = open });
        }
        if (open <= 0m) return new RuleOutcome.NoMatch($"claim {item.InvoiceNumber} is not open");

        var paid = Math.Min(claim.Paid, open);
        var allocations = paid > 0m ? new[] { new Allocation(item, paid) } : [];
        var adjustments = writeOff.Where(a => a.Amount != 0m)
            .Select(a => new Adjustment(item, a.Amount, "contractual_adjustment", $"{a.Group}-{a.Reason} {Money.Format(a.Amount)} per 835 for claim {item.InvoiceNumber}"))
            .ToList();
        var room = open - paid - adjustments.Sum(a => a.Amount);
        var (newItems, moves, moved) = ResponsibilityTransfer.Of(claim, item, room, context);
        adjustments.AddRange(moves);
        if (moved is null && patient.Count > 0) moved = $"{Describe(patient)} patient responsibility left on the claim (nothing left to move)";
        var matched = new RuleOutcome.Matched(allocations, 1.0m, moved is null ? story : $"{story}; {moved}") { Adjustments = adjustments, NewItems = newItems };
        if (claim.Paid > open)
        {
            return matched with
            {
                Finding = new Finding(DiscrepancyCategory.Overpayment, $"payer paid {Money.Format(claim.Paid)} on claim {item.InvoiceNumber}, which owed {Money.Format(open)}",
                    "Refund the payer or confirm the claim amount") { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = claim.Paid, ExpectedAmount = open },
            };
        }
        if (claim.IsDenied)
        {
            return matched with
            {
                Finding = new Finding(DiscrepancyCategory.ClaimDenied, $"claim {item.InvoiceNumber} partly denied: {Reasons(claim)}", "Review the denial; appeal if the service was covered")
                { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = claim.Paid, ExpectedAmount = open },
            };
        }
        return matched;
    }

    /// <summary>
    /// The secondary payer's item a claim payment is for: the secondary payer's 835 names the claim by its own number
    /// (CLP01), so when the claim has an open <c>-SEC</c> item and the 835 processed it as secondary (CLP02 2, 3, 20, 21)
    /// or the primary claim owes nothing more, the payment goes to that item.
    /// </summary>
    private static OpenItem? SecondaryItem(ClaimPayment claim, OpenItem item, MatchContext context)
    {
        if (SecondaryItems.Of(item, context) is not { } secondary || context.Ledger.OpenAmount(secondary) <= 0m) return null;
        return claim.Status is "2" or "3" or "20" or "21" || context.Ledger.OpenAmount(item) <= 0m ? secondary : null;
    }

    private static RuleOutcome Reverse(CashCandidate cash, ClaimPayment claim, OpenItem item, MatchContext context)
    {
        // The secondary payer's reversal undoes its own posting of the -SEC item, not the primary's of the claim.
        item = SecondaryItems.Reversed(cash, claim, item, context) ?? item;
        var posted = context.PaymentsTo(item.InvoiceNumber).Sum(p => p.Amount);
        var who = item.InvoiceNumber.EndsWith(ResponsibilityTransfer.SecondarySuffix, StringComparison.Ordinal) ? "secondary payer" : "payer";
        var finding = new Finding(DiscrepancyCategory.ClaimReversal,
            posted > 0m
                ? $"{who} reversed its payment of claim {item.InvoiceNumber} ({Money.Format(claim.Paid)} {cash.Currency}); the earlier posting of {Money.Format(posted)} was undone"
                : $"{who} reversed a payment of claim {item.InvoiceNumber} ({Money.Format(claim.Paid)} {cash.Currency}) that was never posted here; nothing was undone",
            "Check the corrected claim in the same remittance and post any difference")
        { InvoiceNumber = item.InvoiceNumber, CustomerId = item.CustomerId, Amount = claim.Paid };
        if (posted <= 0m) return new RuleOutcome.Flagged(finding with { ConsumesPayment = true });
        // A reversal's amounts carry the opposite sign, so applying them as they are undoes the posting.
        var undo = Math.Max(claim.Paid, -posted);
        var adjustments = claim.Adjustments.Where(a => a.Group == "CO" && a.Amount != 0m)
            .Select(a => new Adjustment(item, a.Amount, "contractual_adjustment", $"reversal of {a.Group}-{a.Reason} {Money.Format(a.Amount)}")).ToList();
        // What the posting moved to the patient or the secondary payer comes back to the payer's claim with it.
        var (moves, movedBack) = ResponsibilityTransfer.Undo(claim, item, context);
        adjustments.AddRange(moves);
        var story = $"claim {item.InvoiceNumber}: status 22 reversal of {Money.Format(claim.Paid)}" + (movedBack is null ? "" : $"; {movedBack}");
        return new RuleOutcome.Matched([new Allocation(item, undo)], 1.0m, story) { Adjustments = adjustments, Finding = finding };
    }

    private static string Describe(IEnumerable<ClaimAdjustment> adjustments) =>
        string.Join(", ", adjustments.Select(a => $"{a.Group}-{a.Reason} {Money.Format(a.Amount)}"));

    private static string Reasons(ClaimPayment claim) =>
        claim.Adjustments.Count == 0 ? "no reason codes given" : "CARC " + string.Join(", ", claim.Adjustments.Select(a => $"{a.Group}-{a.Reason} {a.Amount.ToString("0.00", CultureInfo.InvariantCulture)}"));
}
