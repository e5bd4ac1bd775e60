using Reconciler.Storage.Rows;

namespace Reconciler.Tests.Storage;

public class KeyOrderTests
{
    [Test]
    public void RowsByATextKey_ComeInTheKeysOrdinalOrder_AndTheCallersListStaysAsItWas()
    {
        // Ordinal order is by code point: "B" (66) < "_" (95) < "a" (97) < "é" (233), unlike a culture's order.
        var rows = new List<(string Key, int Row)> { ("a", 1), ("é", 2), ("_", 3), ("B", 4) };

        var sorted = KeyOrder.Sorted(rows, r => r.Key);

        Assert.That(sorted.Select(r => r.Row), Is.EqualTo(new[] { 4, 3, 1, 2 }));
        Assert.That(rows.Select(r => r.Row), Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void RowsAlreadyInKeyOrder_ComeAsTheyAre()
    {
        var rows = new[] { ("EX-0001", 'a'), ("EX-0002", 'b'), ("EX-0010", 'c') };

        Assert.That(KeyOrder.Sorted(rows, r => r.Item1), Is.EqualTo(rows));
    }

    [Test]
    public void AKeyIsWorkedOutOncePerRow_NotAtEveryComparison()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => (1000 - i).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var asked = 0;

        var sorted = KeyOrder.Sorted(rows, r => { asked++; return r; });

        Assert.That(sorted, Is.EqualTo(rows.Order(StringComparer.Ordinal)));
        Assert.That(asked, Is.EqualTo(rows.Count));
    }
}
