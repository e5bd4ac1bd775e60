using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Matching;

public class ReferenceKeyComparerTests
{
    private static OpenItem Item(string number) =>
        new(number, "C1", "Acme", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), "USD", 10m, 10m);

    [TestCase("INV-1001", "INV1001")]
    [TestCase("inv 1001", "INV1001")]
    [TestCase("Inv.1001/", "INV1001")]
    public void TheLedgerFindsAnItem_ByItsReferenceKey(string number, string key)
    {
        var ledger = new OpenItemLedger([Item(number)]);

        Assert.That(ledger.FindByKey(key)?.InvoiceNumber, Is.EqualTo(number));
        Assert.That(ledger.FindByKey(ReferenceKey.Normalize(number))?.InvoiceNumber, Is.EqualTo(number));
    }

    [Test]
    public void KeysThatDifferInOneCharacter_AreDifferentItems()
    {
        var ledger = new OpenItemLedger([Item("INV-1001"), Item("INV-1002"), Item("INV-10012")]);

        Assert.That(ledger.FindByKey("INV1002")?.InvoiceNumber, Is.EqualTo("INV-1002"));
        Assert.That(ledger.FindByKey("INV10012")?.InvoiceNumber, Is.EqualTo("INV-10012"));
        Assert.That(ledger.FindByKey("INV100"), Is.Null);
    }

    [Test]
    public void ASecondItemWithTheSameKey_AndANumberWithoutLettersOrDigits_AreLeftOut()
    {
        var ledger = new OpenItemLedger([Item("INV-1"), Item("inv 1"), Item("--")]);

        Assert.That(ledger.FindByKey("INV1")?.InvoiceNumber, Is.EqualTo("INV-1"));
        Assert.That(ledger.Items.Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "INV-1" }));
    }

    [Test]
    public void AnInvoiceNamedInText_IsFoundByItsKey()
    {
        var ledger = new OpenItemLedger([Item("INV-1001"), Item("INV-2002")]);

        Assert.That(ledger.FindReferenced(["payment for inv 2002, thanks"]).Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "INV-2002" }));
    }
}
