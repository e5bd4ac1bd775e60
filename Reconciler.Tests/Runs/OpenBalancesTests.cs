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
}
