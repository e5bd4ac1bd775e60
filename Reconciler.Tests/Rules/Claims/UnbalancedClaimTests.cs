using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Claims;

public sealed class UnbalancedClaimTests
{
    [Test]
    public void ClaimThatDoesNotBalance_GoesToReviewUnposted_WithTheFailedCheck()
    {
        var cash = Some.Payment(90m, id: "CLM-7#1", kind: SourceKind.ClaimPayment) with
        {
            InvoiceReference = "CLM-7",
            Claim = new ClaimPayment
            {
                Status = "1", Charge = 100m, Paid = 90m, Adjustments = [new ClaimAdjustment("CO", "45", 20m)],
                BalanceProblem = "claim CLM-7: the claim does not balance: CLP03 100.00 - adjustments 20.00 = 80.00, but CLP04 is 90.00",
            },
        };

        var outcome = new ClaimPostingRule(ClaimPostingOptions.Default).Evaluate(cash, Some.Context(Some.Invoice("CLM-7", 100m, "P", "Aetna")));

        var flagged = outcome as RuleOutcome.Flagged;
        Assert.That(flagged, Is.Not.Null, "an unbalanced claim must not be matched (posted)");
        Assert.That(flagged!.Finding.Category, Is.EqualTo(DiscrepancyCategory.StatementOutOfBalance));
        Assert.That(flagged.Finding.InvoiceNumber, Is.EqualTo("CLM-7"));
        Assert.That(flagged.Finding.Description, Does.Contain("CLP03 100.00").And.Contain("CLP04 is 90.00"));
    }
}
