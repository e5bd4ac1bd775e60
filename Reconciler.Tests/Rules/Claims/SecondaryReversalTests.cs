using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Rules.Rules.Claims;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Claims;

/// <summary>
/// A claim the primary payer paid (moving 100.00 to the secondary payer's CLM-1-SEC) and the secondary payer paid in turn
/// (80.00 to CLM-1-SEC, its PR-2 20.00 to the patient's CLM-1-PR): a status 22 reversal of CLM-1 is the primary's or the
/// secondary's, and undoes that payer's posting only.
/// </summary>
public sealed class SecondaryReversalTests
{
    private const decimal PrimaryPaid = 300m, SecondaryPaid = 80m, SecondaryPr = 20m;

    private static readonly ClaimPostingRule Rule = new(ClaimPostingOptions.Default);

    private static OpenItem Claim => Some.Invoice("CLM-1", 0m, "P-AETNA", "Aetna", amount: 450m);

    private static OpenItem Secondary(decimal open = 0m) =>
        new("CLM-1-SEC", "P-MEDI", "Medi Supplemental", Some.Night, Some.Night, "USD", 100m, open) { Responsible = "payer", CreatedFrom = "CLM-1" };

    private static OpenItem Patient => new("CLM-1-PR", "PT-1", "Patient PT-1", Some.Night, Some.Night.AddDays(30), "USD", SecondaryPr, SecondaryPr)
    { Responsible = "patient", CreatedFrom = "CLM-1-SEC", PatientId = "PT-1" };

    private static readonly PriorPayment[] Paid =
    [
        new("CLM-1", PrimaryPaid, Some.Night.AddDays(-2), "primary#1"), new("CLM-1-SEC", SecondaryPaid, Some.Night.AddDays(-1), "secondary#1"),
    ];

    private static CashCandidate Reversal(decimal paid, string? payer, params ClaimAdjustment[] adjustments) =>
        Some.Payment(paid, id: "CLM-1#1", kind: SourceKind.ClaimPayment, counterparty: payer) with
        {
            InvoiceReference = "CLM-1",
            Claim = new ClaimPayment { Status = "22", Charge = -450m, Paid = paid, Adjustments = adjustments, PatientResponsibility = -SecondaryPr },
        };

    // What the secondary's own claim said, negated: OA-23 is what the primary covered (450 - 100).
    private static CashCandidate SecondarysReversal(string? payer = null) =>
        Reversal(-SecondaryPaid, payer, new ClaimAdjustment("OA", "23", -350m), new ClaimAdjustment("PR", "2", -SecondaryPr));

    [Test]
    public void SecondaryPayersReversal_UndoesItsPaymentOfTheSecondaryItem_AndTakesItsPrBackFromThePatient()
    {
        var outcome = (RuleOutcome.Matched)Rule.Evaluate(SecondarysReversal(), Some.Context(Paid, Claim, Secondary(), Patient));

        Assert.That(outcome.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-1-SEC", -SecondaryPaid) }));
        Assert.That(outcome.Adjustments.Select(a => (a.Item.InvoiceNumber, a.Amount, a.Reason)), Is.EqualTo(new[]
        {
            ("CLM-1-PR", SecondaryPr, "patient_coinsurance"), ("CLM-1-SEC", -SecondaryPr, "patient_responsibility"),
        }), "the patient's coinsurance goes back to the secondary payer's item; the primary's claim is not touched");
        Assert.That(outcome.Finding!.Category, Is.EqualTo(DiscrepancyCategory.ClaimReversal));
        Assert.That((outcome.Finding.InvoiceNumber, outcome.Finding.CustomerId), Is.EqualTo(("CLM-1-SEC", "P-MEDI")));
        Assert.That(outcome.Finding.Description, Does.StartWith("secondary payer reversed its payment of claim CLM-1-SEC"));
    }

    [Test]
    public void PrimaryPayersReversal_AfterTheSecondaryPaid_UndoesTheClaimsPosting()
    {
        var reversal = Reversal(-PrimaryPaid, null, new ClaimAdjustment("CO", "45", -50m), new ClaimAdjustment("PR", "1", -100m));

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(reversal, Some.Context(Paid, Claim, Secondary(), Patient));

        Assert.That(outcome.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-1", -PrimaryPaid) }));
        Assert.That(outcome.Adjustments.Where(a => a.Item.InvoiceNumber == "CLM-1-PR"), Is.Empty, "the patient's item came from the secondary's posting");
        Assert.That(outcome.Adjustments.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-1", -50m) }),
            "the CO write-off is undone; the secondary item owes nothing, so no PR comes back from it");
    }

    [Test]
    public void WhenTheAmountsCannotTell_ThePayerTheRemittanceNamesDoes()
    {
        // Both paid 80.00 and the reversal carries no OA-23: the 835's payer (N1*PR) is the secondary's name.
        PriorPayment[] same = [new("CLM-1", SecondaryPaid, Some.Night.AddDays(-2), "p"), new("CLM-1-SEC", SecondaryPaid, Some.Night.AddDays(-1), "s")];
        var context = Some.Context(same, Claim, Secondary(), Patient);

        var bySecondary = (RuleOutcome.Matched)Rule.Evaluate(Reversal(-SecondaryPaid, "MEDI SUPPLEMENTAL"), context);
        var byPrimary = (RuleOutcome.Matched)Rule.Evaluate(Reversal(-SecondaryPaid, "AETNA"), Some.Context(same, Claim, Secondary(), Patient));

        Assert.That(bySecondary.Allocations.Single().Item.InvoiceNumber, Is.EqualTo("CLM-1-SEC"));
        Assert.That(byPrimary.Allocations.Single().Item.InvoiceNumber, Is.EqualTo("CLM-1"));
    }

    [Test]
    public void ReversalOfAClaimOnlyTheSecondaryPaid_IsTheSecondarys()
    {
        PriorPayment[] onlySecondary = [new("CLM-1-SEC", SecondaryPaid, Some.Night.AddDays(-1), "s")];

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(Reversal(-SecondaryPaid, null), Some.Context(onlySecondary, Claim, Secondary(), Patient));

        Assert.That(outcome.Allocations.Single().Item.InvoiceNumber, Is.EqualTo("CLM-1-SEC"));
    }

    [Test]
    public void SecondaryPayersRemittance_ForAClaimTheNightNoLongerKnows_PaysTheCarriedSecondaryItem()
    {
        var payment = Some.Payment(SecondaryPaid, id: "CLM-1#1", kind: SourceKind.ClaimPayment) with
        {
            InvoiceReference = "CLM-1",
            Claim = new ClaimPayment
            {
                Status = "2", Charge = 450m, Paid = SecondaryPaid, PatientResponsibility = SecondaryPr,
                Adjustments = [new ClaimAdjustment("OA", "23", 350m), new ClaimAdjustment("PR", "2", SecondaryPr)],
            },
        };

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(payment, Some.Context(Secondary(open: 100m)));

        Assert.That(outcome.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-1-SEC", SecondaryPaid) }));
        Assert.That(outcome.NewItems.Single().InvoiceNumber, Is.EqualTo("CLM-1-PR"));
    }

    [Test]
    public void SecondaryPayersReversal_ForAClaimTheNightNoLongerKnows_ReopensTheSecondaryItem()
    {
        PriorPayment[] onlySecondary = [new("CLM-1-SEC", SecondaryPaid, Some.Night.AddDays(-1), "s")];

        var outcome = (RuleOutcome.Matched)Rule.Evaluate(SecondarysReversal(), Some.Context(onlySecondary, Secondary(), Patient));

        Assert.That(outcome.Allocations.Select(a => (a.Item.InvoiceNumber, a.Amount)), Is.EqualTo(new[] { ("CLM-1-SEC", -SecondaryPaid) }));
        Assert.That(outcome.Adjustments.Sum(a => a.Amount), Is.Zero, "the PR moves back, net nothing");
    }

    [Test]
    public void PrimaryPayersReversal_ForAClaimTheNightNoLongerKnows_LeavesTheSecondaryItemAlone()
    {
        var reversal = Reversal(-PrimaryPaid, null, new ClaimAdjustment("CO", "45", -50m), new ClaimAdjustment("PR", "1", -100m));

        var outcome = Rule.Evaluate(reversal, Some.Context(Paid, Secondary(), Patient));

        Assert.That(((RuleOutcome.Flagged)outcome).Finding.Category, Is.EqualTo(DiscrepancyCategory.UnmatchedPayment));
    }
}
