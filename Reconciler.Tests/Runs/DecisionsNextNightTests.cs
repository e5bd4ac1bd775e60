using Reconciler.Rules.Discrepancies;
using Reconciler.Runs;
using Reconciler.Tests.Reports;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Runs;

public sealed class DecisionsNextNightTests
{
    private static readonly DateOnly NextNight = ReviewNight.AsOf.AddDays(1);

    [Test]
    public void DecidedItemsAreAppliedOrClosedTheNextNight_AndTheRestCarryForwardWithTheirIdsAndFirstSeenDates()
    {
        var (night, first) = ReviewNight.Run();
        using var _ = night;
        var returned = night.Review((sheet, row, text) => text switch
        {
            "DEPOSIT UNKNOWN" => ("Apply", "INV-1004", "customer C-3 called"),
            "WIRE INITECH REF INV-1002 PARTIAL" => ("Write off", "", "agreed discount"),
            _ => ("", "", ""),
        });
        Directory.CreateDirectory(Path.Combine(night.Inbox, "decisions"));
        File.Copy(returned, Path.Combine(night.Inbox, "decisions", "exceptions-reviewed.xlsx"));
        var untouched = first.Night.Exceptions.Single(e => e.Discrepancy.Description.Contains("33.00", StringComparison.Ordinal));

        var second = night.Run(NextNight);

        Assert.That(second.Night.Inputs.Single(i => i.Format == "decisions").Status, Is.EqualTo("recorded"));
        var manual = second.Night.Matching.Applications.Single(a => a.Rule == "manual");
        Assert.That((manual.InvoiceNumber, manual.AppliedAmount), Is.EqualTo(("INV-1004", 75.00m)));
        Assert.That(manual.Explanation, Does.Contain("exceptions-reviewed.xlsx").And.Contain("customer C-3 called"));
        var writeOff = second.Night.Matching.Applications.Single(a => a.Rule == "write_off");
        Assert.That((writeOff.InvoiceNumber, writeOff.AppliedAmount), Is.EqualTo(("INV-1002", 480.50m)));
        Assert.That(second.Night.Exceptions.Select(e => (e.Discrepancy.Id, e.FirstSeen)), Is.EqualTo(new[] { (untouched.Discrepancy.Id, ReviewNight.AsOf) }));
        Assert.That(second.Night.OpenAfter()["INV-1002"], Is.Zero);
    }

    [Test]
    public void WorkbookLeftInTheInbox_IsAlreadyImportedTheNightAfter_AndTheNightCompletesClean()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        var returned = night.Review((sheet, row, text) => text == "DEPOSIT UNKNOWN" ? ("Apply", "INV-1004", "customer C-3 called") : ("", "", ""));
        Directory.CreateDirectory(Path.Combine(night.Inbox, "decisions"));
        File.Copy(returned, Path.Combine(night.Inbox, "decisions", "exceptions-reviewed.xlsx"));
        var second = night.Run(NextNight);
        Assert.That(second.Night.Inputs.Single(i => i.Format == "decisions").Status, Is.EqualTo("recorded"));

        // The answered exception no longer exists, so checking the rows again would reject the file.
        var third = night.Run(NextNight.AddDays(1));

        Assert.That(third.Night.Inputs.Single(i => i.Format == "decisions").Status, Is.EqualTo("already_imported"));
        Assert.That(third.Night.Status, Is.EqualTo(second.Night.Status));
        Assert.That(third.Night.Matching.Applications.Where(a => a.Rule == "manual"), Is.Empty);
    }

    [Test]
    public void InvestigatedItem_StaysOpenAndSaysSo()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        var returned = night.Review((sheet, row, text) => text == "DEPOSIT UNKNOWN" ? ("Investigate", "", "asked the bank") : ("", "", ""));
        Directory.CreateDirectory(Path.Combine(night.Inbox, "decisions"));
        File.Copy(returned, Path.Combine(night.Inbox, "decisions", "reviewed.xlsx"));

        var second = night.Run(NextNight);

        var investigated = second.Night.Exceptions.Single(e => e.Discrepancy.Category == DiscrepancyCategory.UnmatchedReceipt && e.Discrepancy.Amount == 75.00m);
        Assert.That(investigated.Discrepancy.Description, Does.StartWith("[investigating: asked the bank"));
        Assert.That(investigated.FirstSeen, Is.EqualTo(ReviewNight.AsOf));
    }

    [Test]
    public void WorkbookWithABadRow_RecordsNothing_AndTheRunSaysWhere()
    {
        var (night, _) = ReviewNight.Run();
        using var _n = night;
        var returned = night.Review((sheet, row, text) => text switch
        {
            "DEPOSIT UNKNOWN" => ("Apply", "INV-1001", ""),
            "WIRE INITECH REF INV-1002 PARTIAL" => ("Ignore", "", ""),
            _ => ("", "", ""),
        });
        Directory.CreateDirectory(Path.Combine(night.Inbox, "decisions"));
        File.Copy(returned, Path.Combine(night.Inbox, "decisions", "reviewed.xlsx"));

        var second = night.Run(NextNight);

        var input = second.Night.Inputs.Single(i => i.Format == "decisions");
        Assert.That(input.Status, Is.EqualTo("rejected"));
        Assert.That(input.Problems.Single(), Does.Contain("reviewed.xlsx, sheet unmatched_receipt, row").And.Contain("INV-1001 is not open"));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        Assert.That(second.Night.Exceptions.Select(e => e.Discrepancy.Category), Does.Contain(DiscrepancyCategory.ShortPayment), "the Ignore was not taken either");
    }
}
