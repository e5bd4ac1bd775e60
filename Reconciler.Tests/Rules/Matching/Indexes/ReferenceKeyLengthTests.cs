using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Matching;

/// <summary>The ledger looks a text's keys up only at the lengths its own keys have; nothing it would find is missed.</summary>
public class ReferenceKeyLengthTests
{
    private static OpenItem Item(string number) =>
        new(number, "C1", "Acme", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), "USD", 10m, 10m);

    private static List<string> Keys(string text, int minLength, int maxLength)
    {
        var keys = new List<string>();
        ReferenceKey.AnyKey(text, minLength, maxLength, ref keys, static (key, ref list) =>
        {
            list.Add(key.ToString());
            return false;
        });
        return keys;
    }

    [TestCase("ACH CREDIT INV-1001/INV-1002 ACME CORP", 4, 8)]
    [TestCase("inv 2024 0001 paid", 7, 11)]
    [TestCase("A B C D E", 2, 3)]
    public void KeysWithinLengthBounds_AreTheUnboundedKeysOfThoseLengths(string text, int minLength, int maxLength)
    {
        var all = Keys(text, 1, int.MaxValue);
        var expected = all.Where(k => k.Length >= minLength && k.Length <= maxLength).ToList();

        Assert.That(Keys(text, minLength, maxLength), Is.EqualTo(expected));
        Assert.That(all, Has.Member("INV1001").Or.Member("INV20240001").Or.Member("ABCD"));
    }

    [Test]
    public void TheLedger_FindsReferencesOfItsShortestAndLongestKeys()
    {
        var ledger = new OpenItemLedger([Item("INV-1001"), Item("X-77"), Item("CONTRACT-2026-000042")]);

        var found = ledger.FindReferenced(["paid x 77, inv1001 and contract 2026 000042"]);

        Assert.That(found.Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "X-77", "INV-1001", "CONTRACT-2026-000042" }));
    }

    [Test]
    public void AnItemAddedDuringTheNight_WithALongerKey_IsFoundByReference()
    {
        var ledger = new OpenItemLedger([Item("INV-1001")]);
        Assert.That(ledger.FindReferenced(["claim 20260001 SEC"]), Is.Empty);

        Assert.That(ledger.Add(Item("CLAIM-20260001-SEC")), Is.True);

        Assert.That(ledger.FindReferenced(["claim 20260001 SEC"]).Select(i => i.InvoiceNumber), Is.EqualTo(new[] { "CLAIM-20260001-SEC" }));
    }
}
