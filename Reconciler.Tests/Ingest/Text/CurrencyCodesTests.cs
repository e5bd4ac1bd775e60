using Reconciler.Ingest.Text;

namespace Reconciler.Tests.Ingest.Text;

public sealed class CurrencyCodesTests
{
    [TestCase("USD", "USD")]
    [TestCase("usd", "USD")]
    [TestCase("Eur", "EUR")]
    [TestCase("chf ", "CHF ")]
    [TestCase("a-very-long-currency-cell", "A-VERY-LONG-CURRENCY-CELL")]
    public void ACell_IsReadInCapitals(string cell, string expected) =>
        Assert.That(new CurrencyCodes().Read(cell), Is.EqualTo(expected));

    [Test]
    public void TheSameCodeWrittenTwice_IsOneString()
    {
        var codes = new CurrencyCodes();
        var first = codes.Read("EUR");

        Assert.That(ReferenceEquals(codes.Read(new string("eur".ToCharArray())), first), Is.True);
        Assert.That(ReferenceEquals(codes.Read(new string("EUR".ToCharArray())), first), Is.True);
    }

    [Test]
    public void AMalformedCode_IsRefusedAfterAWellFormedOneWasAccepted()
    {
        var codes = new CurrencyCodes();

        Assert.That(codes.IsWellFormed(codes.Read("USD")), Is.True);
        Assert.That(codes.IsWellFormed(codes.Read("US")), Is.False);
        Assert.That(codes.IsWellFormed(codes.Read("U5D")), Is.False);
        Assert.That(codes.IsWellFormed(codes.Read("USDX")), Is.False);
        Assert.That(codes.IsWellFormed(codes.Read("usd")), Is.True);
    }

    [TestCase("bank.csv:", 1, "bank.csv:1")]
    [TestCase("f:line ", 2147483647, "f:line 2147483647")]
    [TestCase("", 40, "40")]
    public void ALineLocation_IsThePrefixAndTheNumber(string prefix, int line, string expected) =>
        Assert.That(new LineLocation(prefix).At(line), Is.EqualTo(expected));
}
