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
    public void PaidClaim_PostsThePayment_WritesOffContractual_AndMovesPatientResponsibilityToThePatientsItem()
    {
        var outcome = (RuleOutcome.Matched)Rule.Evaluate(
            Claim("CLM-1", "1", 420m, 336m, new ClaimAdjustment("CO", "45", 64m), new ClaimAdjustment("PR", "2", 20m)),
            Some.Context(Some.Invoice("CLM-1", 420m, "P-AETNA", "Aetna")));

        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(336m));
        Assert.That(outcome.Adjustments.Select(a => (a.Item.InvoiceNumber, a.Amount, a.Reason)), Is.EqualTo(new[]
        {
            ("CLM-1", 64m, "contractual_adjustment"), ("CLM-1", 20m, "patient_responsibility"), ("CLM-1-PR", -20m, "patient_coinsurance"),
        }));
        var patient = outcome.NewItems.Single();
        Assert.That((patient.InvoiceNumber, patient.Responsible, patient.CreatedFrom, patient.Amount, patient.OpenAmount),
            Is.EqualTo(("CLM-1-PR", "patient", "CLM-1", 20m, 0m)));
        Assert.That(outcome.Explanation, Does.Contain("PR-2 20.00 moved to the patient as CLM-1-PR"));
    }

    [Test]
    public void DeductibleCoinsuranceAndCopay_StayApartOnThePatientsItem_NamedByTheMemberId()
    {
        var claim = Claim("CLM-5", "1", 500m, 350m, new ClaimAdjustment("PR", "1", 50m), new ClaimAdjustment("PR", "2", 30m),
            new ClaimAdjustment("PR", "3", 20m), new ClaimAdjustment("CO", "45", 50m));
        claim = claim with { Claim = claim.Claim! with { PatientMemberId = "W123" } };

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(claim, Some.Context(Some.Invoice("CLM-5", 500m, "P-AETNA", "Aetna")));

        Assert.That(outcome.Adjustments.Where(a => a.Item.InvoiceNumber == "CLM-5-PR").Select(a => (a.Reason, a.Amount)),
            Is.EqualTo(new[] { ("patient_deductible", -50m), ("patient_coinsurance", -30m), ("patient_copay", -20m) }));
        Assert.That(outcome.NewItems.Single().CustomerId, Is.EqualTo("PT-W123"));
        Assert.That(outcome.Adjustments.Sum(a => a.Amount) + outcome.Allocations.Sum(a => a.Amount), Is.EqualTo(400m),
            "paid 350 + CO 50 leave the claim; the PR 100 leaves it and arrives on the patient's item, net nothing");
    }

    [TestCase("19")]
    [TestCase("20")]
    public void ForwardedClaim_MovesPatientResponsibilityToTheSecondaryPayer(string status)
    {
        var claim = Claim("CLM-6", status, 300m, 200m, new ClaimAdjustment("CO", "45", 40m), new ClaimAdjustment("PR", "1", 60m));
        claim = claim with { Claim = claim.Claim! with { CrossoverCarrier = "SECOND MUTUAL", CrossoverCarrierId = "SEC01" } };

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(claim, Some.Context(Some.Invoice("CLM-6", 300m, "P-AETNA", "Aetna")));

        var secondary = outcome.NewItems.Single();
        Assert.That((secondary.InvoiceNumber, secondary.CustomerId, secondary.Responsible, secondary.Amount), Is.EqualTo(("CLM-6-SEC", "SEC01", "payer", 60m)));
        Assert.That(outcome.Adjustments.Where(a => a.Reason == "secondary_payer").Select(a => (a.Item.InvoiceNumber, a.Amount)),
            Is.EqualTo(new[] { ("CLM-6", 60m), ("CLM-6-SEC", -60m) }));
    }

    [Test]
    public void ClaimNamingASecondaryPayerInTheExport_GoesToThatPayer()
    {
        var item = Some.Invoice("CLM-7", 100m, "P-AETNA", "Aetna") with { SecondaryPayerId = "P-MEDICAID" };

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Claim("CLM-7", "1", 100m, 80m, new ClaimAdjustment("PR", "2", 20m)), Some.Context(item));

        Assert.That((outcome.NewItems.Single().InvoiceNumber, outcome.NewItems.Single().CustomerId), Is.EqualTo(("CLM-7-SEC", "P-MEDICAID")));
    }

    [Test]
    public void SecondaryPayersRemittance_PaysTheSecondaryItem_ByTheClaimsNumber_AndItsPrGoesToThePatient()
    {
        var primary = Some.Invoice("CLM-8", 0m, "P-AETNA", "Aetna", amount: 300m);
        var secondary = new OpenItem("CLM-8-SEC", "SEC01", "Second Mutual", Some.Night, Some.Night, "USD", 60m, 60m) { Responsible = "payer", CreatedFrom = "CLM-8" };

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Claim("CLM-8", "2", 60m, 45m, new ClaimAdjustment("PR", "2", 15m)), Some.Context(primary, secondary));

        Assert.That(outcome.Allocations.Single().Item.InvoiceNumber, Is.EqualTo("CLM-8-SEC"));
        Assert.That(outcome.Allocations.Single().Amount, Is.EqualTo(45m));
        Assert.That(outcome.NewItems.Single().InvoiceNumber, Is.EqualTo("CLM-8-PR"));
        Assert.That(outcome.Adjustments.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-8-SEC", 15m), ("CLM-8-PR", -15m) }));
    }

    [Test]
    public void PatientResponsibility_NeverMovesMoreThanTheClaimStillOwes()
    {
        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Claim("CLM-9", "1", 100m, 80m, new ClaimAdjustment("PR", "1", 20m)),
            Some.Context(Some.Invoice("CLM-9", 90m, "P", "Aetna", amount: 100m)));

        Assert.That(outcome.NewItems.Single().Amount, Is.EqualTo(10m), "90 owed - 80 paid leaves 10 to move, not the 20 the 835 says");
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
