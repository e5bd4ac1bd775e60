using Reconciler.Reports.Denials;
using Reconciler.Tests.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Denials;

/// <summary>A night over our 835 (a paid claim and a denial for a missing authorisation) writes the denials worklist.</summary>
public sealed class DenialsWorklistTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 15);

    private static IReadOnlyList<Dictionary<string, string>> RunNight(Night night)
    {
        night.OpenItems(
            "PCN-100,P-ACME,Acme Health Plan,2025-03-01,2025-03-31,USD,250.00,250.00",
            "PCN-200,P-ACME,Acme Health Plan,2025-03-05,2025-04-04,USD,80.00,80.00");
        night.Drop("era.835", Era835Sample.Full5010);
        night.Run(AsOf);
        return ReportFiles.Rows(Path.Combine(night.Out(AsOf), "denials.csv"));
    }

    [Test]
    public void DeniedClaim_IsOneRow_WithItsCodesCategoryAndAppealDeadline()
    {
        using var night = new Night();

        var row = RunNight(night).Single();

        Assert.That(row["claim_number"], Is.EqualTo("PCN-200"));
        Assert.That(row["payer_id"], Is.EqualTo("P-ACME"));
        Assert.That(row["service_date"], Is.EqualTo("2025-03-05"));
        Assert.That(row["charge"], Is.EqualTo("80.00"));
        Assert.That(row["denied_on"], Is.EqualTo("2025-03-14"), "the remittance's payment date (BPR16)");
        Assert.That((row["carc"], row["rarc"], row["status"]), Is.EqualTo(("197", "N54", "open")));
        // 2025-03-14 + 90 days, counted by hand: 17 days to 31 March, 30 in April, 31 in May, 12 in June.
        Assert.That(row["appeal_by"], Is.EqualTo("2025-06-12"));
        Assert.That(row["days_left"], Is.EqualTo("89"));
        Assert.That(row["exception_id"], Does.StartWith("EX-"));
        Assert.That((row["category"], row["correctable"]), Is.EqualTo(("missing_authorisation", "yes")));
    }

    [Test]
    public void Header_IsTheContractsColumnsThenOurs()
    {
        using var night = new Night();
        RunNight(night);

        var header = File.ReadLines(Path.Combine(night.Out(AsOf), "denials.csv")).First();

        Assert.That(header, Does.StartWith("claim_number,payer_id,service_date,charge,denied_on,carc,rarc,status,appeal_by,days_left,exception_id,"));
        Assert.That(File.Exists(Path.Combine(night.Out(AsOf), "denials.xlsx")), Is.True);
    }

    [Test]
    public void PayersOwnDeadline_OverridesTheDefault()
    {
        var settings = new DenialsSettings(90, new Dictionary<string, int> { ["P-ACME"] = 30 }, ClaimCodeTable.Empty, ClaimCodeTable.Empty);

        Assert.That(settings.DeadlineFor("P-ACME"), Is.EqualTo(30));
        Assert.That(settings.DeadlineFor("P-OTHER"), Is.EqualTo(90));
        Assert.That(settings.DeadlineFor(null), Is.EqualTo(90));
    }

    [Test]
    public void Summary_CountsAndSumsTheDenials_InAllAndByCategory()
    {
        var summary = DenialSummary.Of([Row("B", 10, 50m, "bundling"), Row("A", 3, 20m, "other"), Row("C", 40, 5.5m, "bundling")]);

        Assert.That((summary.Count, summary.Amount), Is.EqualTo((3, 75.50m)));
        Assert.That(summary.ByCategory, Is.EqualTo(new[] { ("bundling", 2, 55.50m), ("other", 1, 20m) }));
    }

    [Test]
    public void Category_PrefersTheRemarksCategory_ThenTheCarcs_ElseOther()
    {
        var carc = new ClaimCodeTable([new ClaimCode("97", "bundled", DenialCategory.Bundling, true), new ClaimCode("45", "fee", null, null)]);
        var rarc = new ClaimCodeTable([new ClaimCode("N54", "auth", DenialCategory.MissingAuthorisation, true)]);

        Assert.That(DenialCategory.Of(["97"], ["N54"], carc, rarc), Is.EqualTo((DenialCategory.MissingAuthorisation, true)));
        Assert.That(DenialCategory.Of(["45", "97"], ["MA01"], carc, rarc), Is.EqualTo((DenialCategory.Bundling, true)));
        Assert.That(DenialCategory.Of(["45"], [], carc, rarc), Is.EqualTo((DenialCategory.Other, false)));
    }

    private static DenialRow Row(string claim, int daysLeft, decimal charge, string category) =>
        new(claim, "P", null, charge, AsOf, ["50"], [], "open", AsOf.AddDays(daysLeft), daysLeft, "EX-1", category, false, "", "", "USD");
}
