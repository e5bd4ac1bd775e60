using Reconciler.Reports.Decisions;

namespace Reconciler.Tests.Reports.Decisions;

public sealed class DecisionValidatorTests
{
    private static readonly Dictionary<string, ExceptionFacts> Known = new()
    {
        ["EX-AAAAAAAAAAAA"] = new("unmatched_receipt", 300m, "USD", null),
        ["EX-BBBBBBBBBBBB"] = new("short_payment", 400m, "USD", "INV-2"),
        ["EX-CCCCCCCCCCCC"] = new("unparseable_file", null, "USD", null),
    };

    private static readonly Dictionary<string, decimal> Open = new() { ["INV-1"] = 200m, ["INV-2"] = 150m, ["INV-PAID"] = 0m };

    private static ReviewerDecision Row(string id, string action, int row, params string[] applyTo) =>
        new(id, action, applyTo, null, "unmatched_receipt", row);

    private static IEnumerable<string> Problems(params ReviewerDecision[] decisions) =>
        DecisionValidator.Validate(decisions, Known, Open).Problems.Select(p => p.ToString());

    [Test]
    public void ApplyWhoseAmountFitsTheNamedOpenInvoices_IsValid()
    {
        var validation = DecisionValidator.Validate([Row("EX-AAAAAAAAAAAA", "apply", 2, "INV-1", "INV-2")], Known, Open);

        Assert.That(validation.IsValid, Is.True);
        Assert.That(validation.Valid.Single().ApplyTo, Is.EqualTo(new[] { "INV-1", "INV-2" }));
    }

    [Test]
    public void UnknownExceptionId_IsAProblemAtItsRow() =>
        Assert.That(Problems(Row("EX-DDDDDDDDDDDD", "ignore", 7)),
            Is.EqualTo(new[] { "exceptions.xlsx, sheet unmatched_receipt, row 7: exception EX-DDDDDDDDDDDD is not known (resolved already, or from another database)" }));

    [Test]
    public void ApplyWithNoInvoice_IsAProblem() =>
        Assert.That(Problems(Row("EX-AAAAAAAAAAAA", "apply", 3)).Single(), Does.EndWith("row 3: Apply needs the invoice number(s) in 'Apply to'"));

    [Test]
    public void ApplyToAnInvoiceThatIsNotOpen_IsAProblemPerInvoice() =>
        Assert.That(Problems(Row("EX-AAAAAAAAAAAA", "apply", 4, "INV-PAID", "INV-404")),
            Is.EqualTo(new[] { "exceptions.xlsx, sheet unmatched_receipt, row 4: invoice INV-PAID is not open", "exceptions.xlsx, sheet unmatched_receipt, row 4: invoice INV-404 is not open: it is not among the open items of the latest night" }));

    [Test]
    public void ApplyOfMoreThanTheNamedInvoicesOwe_DoesNotFit() =>
        Assert.That(Problems(Row("EX-AAAAAAAAAAAA", "apply", 5, "INV-1")).Single(),
            Is.EqualTo("exceptions.xlsx, sheet unmatched_receipt, row 5: 300.00 USD does not fit: INV-1 owe 200.00 in all"));

    [Test]
    public void ApplyOfAnExceptionWithoutAmount_IsAProblem() =>
        Assert.That(Problems(Row("EX-CCCCCCCCCCCC", "apply", 6, "INV-1")).Single(), Does.Contain("has no amount to apply"));

    [Test]
    public void TheSameExceptionDecidedTwice_IsAProblemAtTheSecondRow() =>
        Assert.That(Problems(Row("EX-BBBBBBBBBBBB", "ignore", 2), Row("EX-BBBBBBBBBBBB", "appeal", 9)).Single(),
            Is.EqualTo("exceptions.xlsx, sheet unmatched_receipt, row 9: exception EX-BBBBBBBBBBBB is already decided on sheet unmatched_receipt, row 2"));

    [Test]
    public void OneBadRow_LeavesNoDecisionValid_NothingIsHalfApplied()
    {
        var validation = DecisionValidator.Validate([Row("EX-BBBBBBBBBBBB", "ignore", 2), Row("EX-AAAAAAAAAAAA", "apply", 3)], Known, Open);

        Assert.That(validation.IsValid, Is.False);
        Assert.That(validation.Valid, Is.Empty);
    }

    [TestCase("Apply", "apply")]
    [TestCase(" write off ", "write_off")]
    [TestCase("Write-Off", "write_off")]
    [TestCase("INVESTIGATE", "investigate")]
    [TestCase("Refund", "refund")]
    [TestCase("maybe", null)]
    public void DropdownValues_AreNormalisedToTheEngineNames(string shown, string? expected) =>
        Assert.That(DecisionAction.Normalise(shown), Is.EqualTo(expected));
}
