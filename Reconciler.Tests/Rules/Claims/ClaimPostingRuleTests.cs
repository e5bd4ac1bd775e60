using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Claims;

public sealed class ClaimPostingRuleTests
{
    private static readonly ClaimPostingRule Rule = new(ClaimPostingOptions.Default);

    private static CashCandidate Claim(string number, string status, decimal charge, decimal paid, params ClaimAdjustment[] adjustments) =>
        Some.Payment(paid, id: $"{number}#1", kind: SourceKind.ClaimPayment) with
        {
            InvoiceReference = number,
            Claim = new ClaimPayment { Status = status, Charge = charge, Paid = paid, Adjustments = adjustments, PayerClaimId = "ICN1" },
        };

    [Test]
    public void PaidClaim_PostsThePayment_WritesOffContractual_AndLeavesPatientResponsibilityOpen()
    {
        var outcome = (RuleOutcome.Matched)Rule.Evaluate(
            Claim("CLM-1", "1", 420m, 336m, new ClaimAdjustment("CO", "45", 64m), new ClaimAdjustment("PR", "2", 20m)),
            Some.Context(Some.Invoice("CLM-1", 420m, "P-AETNA", "Aetna")));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(336m));
        Assert.That(outcome.Adjustments.Select(a => (a.Amount, a.Reason)), Is.EqualTo(new[] { (64m, "contractual_adjustment") }));
        Assert.That(outcome.Explanation, Does.Contain("PR-2 20.00 left open as patient responsibility"));
    }

    [Test]
    public void DeniedClaim_IsFlaggedWithItsReasonCodes_AndNothingIsPosted()
    {
        var outcome = (RuleOutcome.Flagged)Rule.Evaluate(Claim("CLM-2", "4", 185m, 0m, new ClaimAdjustment("CO", "50", 185m)),
            Some.Context(Some.Invoice("CLM-2", 185m, "P-AETNA", "Aetna")));

        Assert.That(outcome.Finding.Category, Is.EqualTo(DiscrepancyCategory.ClaimDenied));
        Assert.That(outcome.Finding.Description, Does.Contain("CO-50"));
    }

    [Test]
    public void Reversal_UndoesAnEarlierPosting()
    {
        var prior = new PriorPayment("CLM-3", 150m, Some.Night.AddDays(-10), "X");

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Claim("CLM-3", "22", -150m, -150m), Some.Context([prior], Some.Invoice("CLM-3", 0m, "P", "Aetna", amount: 150m)));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(-150m));
        Assert.That(outcome.Finding!.Category, Is.EqualTo(DiscrepancyCategory.ClaimReversal));
    }

    [Test]
    public void ReversalOfSomethingNeverPosted_IsFlagged_AndNotLookedAtAgain()
    {
        var outcome = (RuleOutcome.Flagged)Rule.Evaluate(Claim("CLM-3", "22", -150m, -150m), Some.Context(Some.Invoice("CLM-3", 150m, "P", "Aetna")));

        Assert.That(outcome.Finding.Category, Is.EqualTo(DiscrepancyCategory.ClaimReversal));
        Assert.That(outcome.Finding.ConsumesPayment, Is.True);
    }

    [Test]
    public void UnknownClaim_IsAnUnmatchedPayment()
    {
        var outcome = (RuleOutcome.Flagged)Rule.Evaluate(Claim("CLM-9", "1", 95m, 95m), Some.Context(Some.Invoice("CLM-1", 420m)));

        Assert.That(outcome.Finding.Category, Is.EqualTo(DiscrepancyCategory.UnmatchedPayment));
    }

    [Test]
    public void PayerPayingMoreThanTheClaimOwes_IsAnOverpayment()
    {
        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Claim("CLM-1", "1", 420m, 500m), Some.Context(Some.Invoice("CLM-1", 420m)));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(420m));
        Assert.That(outcome.Finding!.Category, Is.EqualTo(DiscrepancyCategory.Overpayment));
    }
}
