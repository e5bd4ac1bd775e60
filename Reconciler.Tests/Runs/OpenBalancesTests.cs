using Reconciler.Rules.Model;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Tests.Runs;

public class OpenBalancesTests
{
    private static OpenItem Item(string number, decimal open) =>
        new(number, "C1", "Acme", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), "USD", 100m, open);

    [Test]
    public void AnItemWhoseExportDidNotMove_StartsFromWhatLastNightLeft_AndOnlyItsExportedAmountIsKeptApart()
    {
        var exported = new[] { Item("INV-1", 100m), Item("INV-2", 80m), Item("INV-3", 60m) };
        var previous = new Dictionary<string, PreviousBalance>
        {
            ["INV-1"] = new(ExportedOpen: 100m, OpenAfter: 40m),  // billing has not moved: start from 40
            ["INV-2"] = new(ExportedOpen: 90m, OpenAfter: 10m),   // billing posted something: trust the export
        };

        var opening = OpenBalances.AtStartOfNight(exported, previous);
        var moved = OpenBalances.Moved(exported, opening);

        Assert.That(opening.Select(i => i.OpenAmount), Is.EqualTo(new[] { 40m, 80m, 60m }));
        Assert.That(moved, Is.EqualTo(new Dictionary<string, decimal> { ["INV-1"] = 100m }));
    }

    [Test]
    public void TheItemsTheNightCreated_FollowItsOpeningItems_OnceEach_OwingNothing_UnlessTheNightAlreadyHasThem()
    {
        var opening = new[] { Item("INV-1", 100m), Item("CLM-1-PR", 20m) };
        var created = new[] { Item("CLM-2-PR", 30m), Item("CLM-1-PR", 25m), Item("CLM-2-PR", 35m), Item("CLM-3-SEC", 40m) };

        var items = OpenBalances.WithCreated(opening, created);

        Assert.That(items.Select(i => (i.InvoiceNumber, i.OpenAmount)), Is.EqualTo(new[]
        {
            ("INV-1", 100m), ("CLM-1-PR", 20m), ("CLM-2-PR", 0m), ("CLM-3-SEC", 0m),
        }));
    }
}
