using Reconciler.Reports;
using Reconciler.Reports.Cells;
using Reconciler.Reports.Deposits;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Reports.Cells;

/// <summary>The span writers of the reports give exactly the text the string helpers gave.</summary>
public sealed class ReportTextTests
{
    [Test]
    public void AmountText_IsMoneyFormat_ForAnyScaleSignAndSize()
    {
        var random = new Random(7);
        var amounts = new List<decimal> { 0m, -0m, new(0, 0, 0, true, 4), 0.0m, 1m, -1.5m, 12.3400m, 0.0001m, 1.000000m,
            decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -7.9228162514264337593543950335m };
        for (var i = 0; i < 5000; i++)
            amounts.Add(new decimal(random.Next(), random.Next(0, 3) == 0 ? random.Next() : 0, 0, random.Next(2) == 0, (byte)random.Next(0, 29)));
        var buffer = new char[AmountText.MaxLength];
        foreach (var amount in amounts)
            Assert.That(new string(buffer, 0, AmountText.Format(amount, buffer)), Is.EqualTo(Money.Format(amount)), amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void DateText_IsIsoDate()
    {
        var buffer = new char[AmountText.MaxLength];
        foreach (var date in new[] { DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2026, 3, 9), new DateOnly(987, 11, 30) })
            Assert.That(new string(buffer, 0, AmountText.Format(date, buffer)), Is.EqualTo(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase(null, null)]
    [TestCase("", "  ")]
    [TestCase("ACME", null)]
    [TestCase(" ", "INV-1")]
    [TestCase("=HYPERLINK(1)", "x")]
    [TestCase("ACME", "-5 off")]
    [TestCase("-ACME", "")]
    [TestCase("\tTAB", "\r")]
    public void JoinedText_IsJoinTextNeutralised(string? first, string? second)
    {
        var scratch = new TextScratch();
        Assert.That(scratch.NeutralJoin(first, second).ToString(), Is.EqualTo(CellText.Neutralize(DepositPlan.JoinText(first, second))));
        Assert.That(scratch.Neutral(first).ToString(), Is.EqualTo(CellText.Neutralize(first)));
    }

    [Test]
    public void JoinedList_IsStringJoinNeutralised()
    {
        var scratch = new TextScratch();
        string[][] lists = [[], [""], ["a"], ["-a", "b"], ["a", "", "c"], ["", "=b"], [new string('x', 700), "y", new string('z', 300)]];
        foreach (var list in lists)
            Assert.That(scratch.NeutralJoin(list).ToString(), Is.EqualTo(CellText.Neutralize(string.Join(' ', list))));
    }
}
