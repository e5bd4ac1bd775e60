using Reconciler.Ingest.Text;

namespace Reconciler.Tests.Ingest.Text;

public sealed class AmountTextTests
{
    [TestCase("1250.00", null, 1250.00)]
    [TestCase("1,250.00", null, 1250.00)]
    [TestCase("1.250,00", null, 1250.00)]
    [TestCase("600,00", null, 600.00)]
    [TestCase("1 234,56", true, 1234.56)]
    [TestCase("1'234.56", false, 1234.56)]
    [TestCase("(12.50)", null, -12.50)]
    [TestCase("12,50-", true, -12.50)]
    [TestCase("\u221212.50", false, -12.50)]
    [TestCase("$1,234.00", null, 1234.00)]
    [TestCase("EUR 99,95", true, 99.95)]
    [TestCase("+5", null, 5)]
    [TestCase("1,234,567", false, 1234567)]
    public void CommonBankSpellings_ParseExactly(string text, bool? decimalComma, decimal expected)
    {
        Assert.That(AmountText.TryParse(text, decimalComma, out var amount, out var error), Is.True, error);
        Assert.That(amount, Is.EqualTo(expected));
    }

    [TestCase("12.3x")]
    [TestCase("1,00.0")]
    [TestCase("")]
    [TestCase("--")]
    [TestCase("1.2.3,4,5")]
    [TestCase("99999999999999999999999999999999")]
    public void Garbage_IsRefusedWithAReason(string text)
    {
        Assert.That(AmountText.TryParse(text, null, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Empty);
    }

    [TestCase("1250.00", null)]
    [TestCase("-1008.10", false)]
    [TestCase("0.50", null)]
    [TestCase("-0.00", false)]
    [TestCase("7", null)]
    [TestCase("-123456789012345678", false)]
    [TestCase("1.234", null)]
    [TestCase("1.234", false)]
    public void PlainPointDecimals_KeepTheFrameworksValueAndScale(string text, bool? decimalComma)
    {
        var expected = decimal.Parse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(AmountText.TryParse(text, decimalComma, out var amount, out var error), Is.True, error);
        // The scale shows in the text: 1250.00 and 1250.0 are equal decimals but not the same amount as written.
        Assert.That(amount.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void PointWithADecimalComma_IsAGroupingNotAFraction()
    {
        Assert.That(AmountText.TryParse("1.234", decimalComma: true, out var amount, out var error), Is.True, error);
        Assert.That(amount, Is.EqualTo(1234m));
    }
}
