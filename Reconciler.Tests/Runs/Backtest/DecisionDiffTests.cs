using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Runs.Backtest;

namespace Reconciler.Tests.Runs.Backtest;

public sealed class DecisionDiffTests
{
    private static readonly DateOnly Night = new(2026, 11, 20);

    private static Application Applied(string source, string invoice, decimal amount, string rule = "reference_exact_amount") =>
        new("bank_line", source, "f.csv", invoice, "C-1", amount, "USD", rule, 1m, "why");

    [Test]
    public void MoneyAppliedOnlyBefore_IsRemoved_OnlyAfter_IsAdded_AndTheSameDecision_IsNotListed()
    {
        var changes = DecisionDiff.Between(Night, [Applied("A", "INV-1", 10m), Applied("S", "INV-9", 5m)], [Applied("B", "INV-2", 20m), Applied("S", "INV-9", 5m)]);

        Assert.That(changes, Is.EqualTo(new[]
        {
            new DecisionChange(Night, "bank_line", "A", "removed", "reference_exact_amount", "INV-1", 10m, "", "", null),
            new DecisionChange(Night, "bank_line", "B", "added", "", "", null, "reference_exact_amount", "INV-2", 20m),
        }));
    }

    [Test]
    public void Changes_AreListedByTheirMoney_WhateverOrderTheRunsAppliedIt()
    {
        var before = new[] { Applied("Z", "INV-1", 10m), Applied("M", "INV-2", 20m), Applied("S", "INV-9", 5m) };
        var after = new[] { Applied("S", "INV-9", 5m), Applied("A", "INV-3", 30m), Applied("Z", "INV-4", 10m) };

        var changes = DecisionDiff.Between(Night, before, after);

        Assert.That(changes.Select(c => (c.SourceId, c.Change)), Is.EqualTo(new[] { ("A", "added"), ("M", "removed"), ("Z", "changed") }));
    }

    [Test]
    public void TheSameSplit_InAnotherOrderOrWithAmountsOfAnotherScale_IsNotListed_ButAnotherAmount_IsChanged()
    {
        var before = new[] { Applied("A", "INV-1", 60m), Applied("A", "INV-2", 40m), Applied("B", "INV-3", 10m), Applied("B", "INV-4", 5m) };

        var changes = DecisionDiff.Between(Night, before,
            [Applied("A", "INV-2", 40.00m), Applied("A", "INV-1", 60.0000m), Applied("B", "INV-4", 5.01m), Applied("B", "INV-3", 9.99m)]);

        Assert.That(changes.Select(c => (c.SourceId, c.Change)), Is.EqualTo(new[] { ("B", "changed") }));
    }

    [Test]
    public void MoneySplitOtherwise_IsChanged_WithItsInvoicesAndTotals()
    {
        var changes = DecisionDiff.Between(Night,
            [Applied("A", "INV-1", 60m), Applied("A", "INV-2", 40m)],
            [Applied("A", "INV-2", 40m, "combination"), Applied("A", "INV-1", 60m, "combination")]);

        Assert.That(changes.Single(), Is.EqualTo(new DecisionChange(Night, "bank_line", "A", "changed",
            "reference_exact_amount", "INV-1;INV-2", 100m, "combination", "INV-1;INV-2", 100m)));
    }

    [Test]
    public void ARuleApplyingMoneyTheReviewerRefunded_ContradictsTheReviewer_ButApplyingItWhereTheReviewerDid_Agrees()
    {
        ReviewDecision[] decisions =
        [
            new("EX-1", "refund", "bank_line", "A", null, [], null, "wb.xlsx, sheet Exceptions, row 2"),
            new("EX-2", "apply", "bank_line", "B", null, ["INV-2=20.00"], null, "wb.xlsx, sheet Exceptions, row 3"),
            new("EX-3", "ignore", "bank_line", "C", null, [], null, "wb.xlsx, sheet Exceptions, row 4"),
        ];

        // C's exception is still raised: the reviewer's answer still stands.
        var result = ReviewerAgreement.Check(decisions, [Applied("A", "INV-1", 10m), Applied("B", "INV-2", 20m)], new HashSet<string> { "EX-3" });

        Assert.That(result.Decisions, Is.EqualTo(3));
        Assert.That(result.Agreed, Is.EqualTo(2));
        Assert.That(result.Contradicted.Select(c => (c.ExceptionId, c.RunInvoices)), Is.EqualTo(new[] { ("EX-1", "INV-1") }));
    }
}
