using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Discrepancies;

public sealed class AppealsTests
{
    private static readonly DateOnly Denied = new(2025, 3, 15);

    private static Discrepancy Denial(string claim, string source) => new()
    {
        Category = DiscrepancyCategory.ClaimDenied, SourceKind = SourceKind.ClaimPayment, SourceId = source, InvoiceNumber = claim, CustomerId = "P-AETNA",
        Currency = "USD", Description = $"claim {claim} denied by the payer: CARC CO-197 180.00", SuggestedAction = "Correct and resubmit the claim, or appeal the denial",
        Amount = 0m, ExpectedAmount = 180m,
    };

    private static ReviewDecision Appeal(Discrepancy d) =>
        new(d.Id, "appeal", d.SourceKind, d.SourceId, d.InvoiceNumber, [], "authorisation on file", "reviewed.xlsx, sheet claim_denied, row 2");

    private static MatchingResult Night(params Application[] applications) => new(applications, [], [], new Dictionary<string, decimal>());

    [Test]
    public void AnAppealedDenial_StaysOpenAsAppealed_NightAfterNight_WithOneMarker()
    {
        var denial = Denial("CLM-D", "835#1");
        var first = Appeals.Mark([new CarryForward.Merged(denial, Denied)], [Appeal(denial)], Night()).Single();
        var second = Appeals.Mark([first], [Appeal(denial)], Night()).Single();

        Assert.That(Appeals.StatusOf(second.Discrepancy.Description), Is.EqualTo(Appeals.Appealed));
        Assert.That(second.Discrepancy.Description, Does.StartWith("[appealed: authorisation on file (reviewed.xlsx, sheet claim_denied, row 2)] claim CLM-D denied"));
        Assert.That(second.Discrepancy.Description.Split("[appealed").Length, Is.EqualTo(2), "marked once, however many nights it is carried");
        Assert.That(second.Discrepancy.Id, Is.EqualTo(denial.Id));
    }

    [Test]
    public void ASecondDenialOfTheAppealedClaim_LosesTheAppeal_AndIsNotANewRow()
    {
        var denial = Denial("CLM-D", "835#1");
        var again = Denial("CLM-D", "835#2");

        var marked = Appeals.Mark([new CarryForward.Merged(denial, Denied), new CarryForward.Merged(again, null)], [Appeal(denial)], Night());

        Assert.That(marked.Select(m => (m.Discrepancy.Id, Appeals.StatusOf(m.Discrepancy.Description))), Is.EqualTo(new[] { (denial.Id, Appeals.Lost) }));
    }

    [Test]
    public void APaymentOfTheAppealedClaim_WinsTheAppeal_WithWhatItRecovered_AndTheNextNightItIsResolved()
    {
        var denial = Denial("CLM-D", "835#1");
        var paid = new Application(SourceKind.ClaimPayment, "835#3", "aetna.835", "CLM-D", "P-AETNA", 150m, "USD", "claim_posting", 1m, "paid");

        var won = Appeals.Mark([new CarryForward.Merged(denial, Denied)], [Appeal(denial)], Night(paid)).Single();
        var nextNight = Appeals.Mark([won with { FirstSeen = Denied }], [Appeal(denial)], Night());

        Assert.That((Appeals.StatusOf(won.Discrepancy.Description), Appeals.Recovered(won.Discrepancy.Description)), Is.EqualTo((Appeals.Won, 150m)));
        Assert.That(nextNight, Is.Empty);
    }

    [Test]
    public void AnAppealDecision_DoesNotCloseTheDenial()
    {
        var denial = Denial("CLM-D", "835#1");

        Assert.That(Appeal(denial).Closes, Is.False);
    }
}
