using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Tests.Medical;

public sealed class ReopenedPatientItemTests
{
    private static OpenItem Item(string number, decimal open) =>
        new(number, "PT-1", "Patient PT-1", new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1), "USD", 100m, open) { Responsible = Responsibility.Patient };

    [Test]
    public void APaidOffPatientItem_ThatAClaimPostingMovesMoreTo_IsBackAmongTheNightsItems()
    {
        var opening = new[] { Item("CLM-A", 400m) };
        var paidOff = Item("CLM-A-PR", 0m);
        var moved = new Application(SourceKind.Adjustment, "835#2", null, "CLM-A-PR", "PT-1", -60m, "USD", "patient_deductible", 1m, "PR-1 60.00 from claim CLM-A");
        var matching = new MatchingResult([moved], [], [], new Dictionary<string, decimal>());

        var items = OpenBalances.WithReopened(opening, [opening[0], paidOff], matching);

        Assert.That(items.Select(i => (i.InvoiceNumber, i.OpenAmount)), Is.EqualTo(new[] { ("CLM-A", 400m), ("CLM-A-PR", 0m) }),
            "the receivables proof and aging see the 60.00 the night moved to it");
    }
}
