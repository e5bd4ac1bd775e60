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

    [Test]
    public void ALostAppeal_StaysOnTheWorklistAsLost_UntilItIsAppealedAgain()
    {
        var denial = Denial("CLM-D", "835#1");
        var lost = Appeals.Mark([new CarryForward.Merged(denial, Denied), new CarryForward.Merged(Denial("CLM-D", "835#2"), null)], [Appeal(denial)], Night()).Single();
        var nextNight = Appeals.Mark([lost], [Appeal(denial)], Night()).Single();
        var secondLevel = Appeal(denial) with { Note = "second level", Reference = "reviewed-2.xlsx, sheet claim_denied, row 2" };
        var appealedAgain = Appeals.Mark([nextNight], [Appeal(denial), secondLevel], Night()).Single();

        Assert.That(Appeals.StatusOf(nextNight.Discrepancy.Description), Is.EqualTo(Appeals.Lost), "the first appeal's decision does not reopen it");
        Assert.That(appealedAgain.Discrepancy.Description, Does.StartWith("[appealed: second level (reviewed-2.xlsx"));
    }

    [Test]
    public void AWriteOffDecision_ShowsTheDenialWrittenOffWithTheBalance_OnceThenResolves()
    {
        var denial = Denial("CLM-D", "835#1");
        var writeOff = new ReviewDecision(denial.Id, "write_off", denial.SourceKind, denial.SourceId, "CLM-D", [], null, "reviewed.xlsx, sheet claim_denied, row 2");
        var posted = new Application(SourceKind.Adjustment, "835#1", null, "CLM-D", "P-AETNA", 180m, "USD", "write_off", 1m, "written off");

        // The decision closed the exception, so tonight's merged list no longer has it: it comes back from the previous night's.
        var tonight = Appeals.Mark([], [writeOff], Night(posted), [new CarryForward.Carried(denial, Denied)]).Single();
        var nextNight = Appeals.Mark([], [writeOff], Night(), [new CarryForward.Carried(tonight.Discrepancy, Denied)]);

        Assert.That((Appeals.StatusOf(tonight.Discrepancy.Description), Appeals.WrittenOffAmount(tonight.Discrepancy.Description), tonight.FirstSeen),
            Is.EqualTo((Appeals.WrittenOff, 180m, (DateOnly?)Denied)));
        Assert.That(nextNight, Is.Empty);
    }

    [Test]
    public void ADenialNeverAppealed_IsResolved_WhenALaterRemittancePaysTheClaim()
    {
        var denial = Denial("CLM-D", "835#1");
        var other = Denial("CLM-E", "835#1");
        var paid = new Application(SourceKind.ClaimPayment, "835#3", "aetna.835", "CLM-D", "P-AETNA", 150m, "USD", "claim_posting", 1m, "paid");

        var marked = Appeals.Mark([new CarryForward.Merged(denial, Denied), new CarryForward.Merged(other, Denied)], [], Night(paid));

        Assert.That(marked.Select(m => m.Discrepancy.InvoiceNumber), Is.EqualTo(new[] { "CLM-E" }));
    }
}
