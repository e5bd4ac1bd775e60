using Reconciler.Reports.Decisions;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Reports;

public sealed class ApplyToTextTests
{
    private static string[] Read(string text)
    {
        var (targets, problem) = ApplyToText.Read(text);
        Assert.That(problem, Is.Null);
        return targets.Select(t => t.ToString()).ToArray();
    }

    private static string Problem(string text) => ApplyToText.Read(text).Problem!;

    [TestCase("INV-1, INV-2", new[] { "INV-1", "INV-2" })]
    [TestCase("INV-1 INV-2\nINV-3", new[] { "INV-1", "INV-2", "INV-3" })]
    [TestCase("INV-1=100.00; INV-2=50.00", new[] { "INV-1=100.00", "INV-2=50.00" })]
    [TestCase("INV-1 = 100.00\nINV-2 = 50", new[] { "INV-1=100.00", "INV-2=50" })]
    [TestCase("INV-1=1,250.00, INV-2=5", new[] { "INV-1=1250.00", "INV-2=5" })]
    [TestCase("INV-1=1,250.00; ", new[] { "INV-1=1250.00" })]
    public void ApplyTo_IsReadAsInvoicesOrAsAmountsPerInvoice(string text, string[] expected) =>
        Assert.That(Read(text), Is.EqualTo(expected));

    [TestCase("INV-1=abc", "'abc' (for INV-1) is not an amount")]
    [TestCase("INV-1=100,00.5.1", "is not an amount")]
    [TestCase("INV-1=0", "the amount for INV-1 must be more than 0, not 0")]
    [TestCase("INV-1=-5", "the amount for INV-1 must be more than 0, not -5")]
    [TestCase("INV-1=10; INV-2", "'INV-2' has no amount")]
    [TestCase("INV-1=10; inv-1=5", "inv-1 is named twice")]
    [TestCase("=10", "does not name one invoice")]
    [TestCase("INV-1 INV-2=10", "does not name one invoice")]
    public void ApplyToThatCannotBeRead_SaysWhy(string text, string message) =>
        Assert.That(Problem(text), Does.Contain(message));

    [Test]
    public void WrittenForm_ReadsBackToTheSameTarget()
    {
        var target = new ApplyTarget("INV-1", 1250.50m);

        Assert.That(ApplyTarget.Parse(target.ToString()), Is.EqualTo(target));
        Assert.That(ApplyTarget.Parse("INV-2"), Is.EqualTo(new ApplyTarget("INV-2", null)));
    }

    [Test]
    public void SplitWithMoreDecimalsThanTheCurrencyHas_IsAProblem()
    {
        var known = new Dictionary<string, ExceptionFacts> { ["EX-AAAAAAAAAAAA"] = new("unmatched_receipt", 300m, "USD", null) };
        var open = new Dictionary<string, decimal> { ["INV-1"] = 200m };

        var problems = DecisionValidator.Validate([new ReviewerDecision("EX-AAAAAAAAAAAA", "apply", ["INV-1=10.005"], null, "unmatched_receipt", 2)], known, open).Problems;

        Assert.That(problems.Single().ToString(), Is.EqualTo("exceptions.xlsx, sheet unmatched_receipt, row 2: INV-1=10.005: USD amounts have 2 decimal(s)"));
    }
}
