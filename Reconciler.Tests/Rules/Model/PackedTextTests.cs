using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Model;

public class PackedTextTests
{
    [TestCase("reference INV-1 found in text; amount 10.00 equals open 10.00")]
    [TestCase("Zahlung für Rechnung 42 — 10,00 €")]
    [TestCase("")]
    public void AText_ReadsBackAsGiven(string text)
    {
        Assert.That(PackedText.Of(text).Text, Is.EqualTo(text));
    }

    [Test]
    public void NoText_ReadsBackAsNone()
    {
        Assert.That(PackedText.Of(null).Text, Is.Null);
        Assert.That(PackedText.Of(null), Is.EqualTo(default(PackedText)));
    }

    [TestCase("same words")]
    [TestCase("même texte")]
    public void EqualTexts_AreEqual_WithTheSameHash(string text)
    {
        // Two separate copies, as two applications of a night would have.
        var (a, b) = (PackedText.Of(new string(text.AsSpan())), PackedText.Of(new string(text.AsSpan())));

        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
    }

    [Test]
    public void DifferentTexts_AreNotEqual()
    {
        Assert.That(PackedText.Of("paid 10.00"), Is.Not.EqualTo(PackedText.Of("paid 10.01")));
        Assert.That(PackedText.Of("paid"), Is.Not.EqualTo(PackedText.Of("payé")));
        Assert.That(PackedText.Of(""), Is.Not.EqualTo(PackedText.Of(null)));
    }

    [Test]
    public void ApplicationsWithTheSameWords_AreEqual_AndAnotherExplanationIsNot()
    {
        Application Applied(string why) => new("bank_line", "B-1", null, "INV-1", "C1", 10m, "USD", "reference_exact_amount", 1m, why);

        Assert.That(Applied(new string("found INV-1".AsSpan())), Is.EqualTo(Applied("found INV-1")));
        Assert.That(Applied("found INV-1").Explanation, Is.EqualTo("found INV-1"));
        Assert.That(Applied("found INV-1") with { Explanation = "found INV-2" }, Is.Not.EqualTo(Applied("found INV-1")));
    }
}
