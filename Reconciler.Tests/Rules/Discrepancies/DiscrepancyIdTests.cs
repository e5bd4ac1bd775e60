using Reconciler.Rules.Discrepancies;

namespace Reconciler.Tests.Rules.Discrepancies;

public sealed class DiscrepancyIdTests
{
    private static Discrepancy Unmatched() => new()
    {
        Category = DiscrepancyCategory.UnmatchedReceipt, SourceKind = "bank_line", SourceId = "ab12-000003",
        Currency = "USD", Description = "d", SuggestedAction = "a",
    };

    [Test]
    public void TheId_IsTheStableIdOfWhatTheDiscrepancyIsAbout_ReadTwiceOrNot()
    {
        var d = Unmatched();
        var expected = Discrepancy.StableId(d.Category, d.SourceKind, d.SourceId, d.InvoiceNumber);

        Assert.That((d.Id, d.Id), Is.EqualTo((expected, expected)));
    }

    [Test]
    public void ACopyAboutSomethingElse_GetsItsOwnId_EvenWhenTheOriginalsIdWasReadFirst()
    {
        var d = Unmatched();
        _ = d.Id;

        var copy = d with { Category = DiscrepancyCategory.StaleUnappliedCash, InvoiceNumber = "INV-7" };

        Assert.That(copy.Id, Is.EqualTo(Discrepancy.StableId(copy.Category, copy.SourceKind, copy.SourceId, "INV-7")).And.Not.EqualTo(d.Id));
    }

    [Test]
    public void TwoEqualDiscrepancies_AreEqual_WhetherOrNotOneHasWorkedOutItsId()
    {
        var read = Unmatched();
        _ = read.Id;

        Assert.That((read, read.GetHashCode()), Is.EqualTo((Unmatched(), Unmatched().GetHashCode())));
    }

    [Test]
    public void AStoredId_IsTheIdOfTheDiscrepancyReadBack_AndNotOfACopyAboutSomethingElse()
    {
        var read = Unmatched().WithStoredId("EX-0123456789AB");

        var copy = read with { SourceId = "ab12-000004" };

        Assert.That(read.Id, Is.EqualTo("EX-0123456789AB"));
        Assert.That(copy.Id, Is.EqualTo(Discrepancy.StableId(copy.Category, copy.SourceKind, "ab12-000004", null)));
    }
}
