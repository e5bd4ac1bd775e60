using Reconciler.Rules.Model;
using Reconciler.Storage.Rows;

namespace Reconciler.Tests.Storage;

public sealed class RecurringOpenItemsTests
{
    private static OpenItem Item(string number, decimal open) =>
        new(number, "C-1", "Acme Manufacturing", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), "USD", 100.00m, open);

    [Test]
    public void AnItemEqualToOneOfThePreviousRead_IsThatOne_AndAChangedOrNewItemIsItself()
    {
        var recurring = new RecurringOpenItems();
        var (unchanged, paid) = (Item("INV-1", 100.00m), Item("INV-2", 100.00m));
        Assert.That(recurring.Same(unchanged), Is.SameAs(unchanged));
        Assert.That(recurring.Same(paid), Is.SameAs(paid));
        recurring.Read();

        var (again, paidSince, added) = (Item("INV-1", 100.00m), Item("INV-2", 40.00m), Item("INV-3", 5.00m));
        Assert.Multiple(() =>
        {
            Assert.That(recurring.Same(again), Is.SameAs(unchanged), "unchanged: the item read before");
            Assert.That(recurring.Same(paidSince), Is.SameAs(paidSince), "another open amount: the item read now");
            Assert.That(recurring.Same(added), Is.SameAs(added), "not read before");
        });
    }

    [Test]
    public void AnAmountOfAnotherScale_IsNotTheSameItem_ForTheReportsPrintTheScale()
    {
        var recurring = new RecurringOpenItems();
        recurring.Same(Item("INV-1", 10.5m));
        recurring.Read();

        var rescaled = Item("INV-1", 10.50m);

        Assert.That(recurring.Same(rescaled).OpenAmount.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("10.50"));
    }

    [Test]
    public void OnlyThePreviousReadIsCompared_NotTheOnesBefore()
    {
        var recurring = new RecurringOpenItems();
        var first = Item("INV-1", 100.00m);
        recurring.Same(first);
        recurring.Read();
        recurring.Read(); // a night without INV-1

        Assert.That(recurring.Same(Item("INV-1", 100.00m)), Is.Not.SameAs(first));
    }
}
