using Reconciler.Rules.Model;

namespace Reconciler.Tests.Rules.Model;

public sealed class MoneyTests
{
    [Test]
    public void AddingTheSameCurrency_IsExact()
    {
        var sum = new Money(0.10m, "USD") + new Money(0.20m, "USD");

        Assert.That(sum, Is.EqualTo(new Money(0.30m, "USD")));
    }

    [Test]
    public void AddingDifferentCurrencies_Refuses()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => _ = new Money(1m, "USD") + new Money(1m, "EUR"));

        Assert.That(ex!.Message, Does.Contain("USD").And.Contain("EUR"));
    }

    [TestCase(1250, "1250.00")]
    [TestCase(980.5, "980.50")]
    [TestCase(-35, "-35.00")]
    [TestCase(18.150, "18.15")]
    [TestCase(0.12345, "0.12345")]
    public void Format_WritesPlainInvariantDecimals(decimal amount, string expected)
    {
        Assert.That(Money.Format(amount), Is.EqualTo(expected));
    }

    [TestCase("JPY", 1234.5, 1235)]
    [TestCase("USD", 10.005, 10.01)]
    [TestCase("KWD", 1.23456, 1.235)]
    public void RoundToMinorUnit_UsesTheCurrencysDecimals(string currency, decimal amount, decimal expected)
    {
        Assert.That(new Money(amount, currency).RoundToMinorUnit().Amount, Is.EqualTo(expected));
    }
}
