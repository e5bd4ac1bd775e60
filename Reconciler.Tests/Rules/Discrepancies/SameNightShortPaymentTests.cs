using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Discrepancies;

public sealed class SameNightShortPaymentTests
{
    private static readonly OpenItem[] Items = [Some.Invoice("INV-1", 100m)];

    private static (MatchingResult Matching, IReadOnlyList<CarryForward.Merged> Classified) Night(params CashCandidate[] cash)
    {
        var matching = Support.Night.Engine.Run(new MatchingInput { AsOf = Some.Night, OpenItems = Items, Cash = cash });
        return (matching, ExceptionClassifier.Classify(new ClassificationInput { Matching = matching, OpenItems = Items }));
    }

    [Test]
    public void TwoPaymentsOfOneNightThatCompleteAnInvoice_ReportNoShortPayment()
    {
        var (matching, classified) = Night(Some.Payment(60m, "INV-1", "B-1"), Some.Payment(40m, "INV-1", "B-2"));

        Assert.That(matching.Applications.Where(a => a.InvoiceNumber == "INV-1").Sum(a => a.AppliedAmount), Is.EqualTo(Items[0].OpenAmount));
        Assert.That(matching.Discrepancies.Select(d => d.Category), Does.Contain(DiscrepancyCategory.ShortPayment), "the engine still sees the first payment short");
        Assert.That(classified, Is.Empty);
    }

    [Test]
    public void TwoPaymentsOfOneNightThatLeaveABalance_StillReportTheShortPayments()
    {
        var (matching, classified) = Night(Some.Payment(60m, "INV-1", "B-1"), Some.Payment(30m, "INV-1", "B-2"));

        var left = Items[0].OpenAmount - matching.Applications.Sum(a => a.AppliedAmount);
        Assert.That(left, Is.EqualTo(10m));
        Assert.That(classified.Select(m => (m.Discrepancy.Category, m.Discrepancy.SourceId)),
            Is.EquivalentTo(new[] { (DiscrepancyCategory.ShortPayment, "B-1"), (DiscrepancyCategory.ShortPayment, "B-2") }));
    }
}
