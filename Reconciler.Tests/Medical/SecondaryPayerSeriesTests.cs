using System.Globalization;
using Reconciler.Tests.Support;
using Reconciler.Tests.Tools.Generate;

namespace Reconciler.Tests.Medical;

/// <summary>
/// A generated series of three nights run night after night. Claims whose export names a secondary payer are paid by the
/// primary, and the secondary payer's 835 pays their <c>-SEC</c> items the next night, when billing's export no longer
/// lists the claims; the night after, it reverses one in four of those payments (CLP02 22) and pays them again. Each
/// later payment and each reversal goes to its -SEC item for the amount the truth says, and every night scores 1.0.
/// </summary>
public sealed class SecondaryPayerSeriesTests
{
    private static readonly DateOnly LastNight = new(2026, 11, 20);

    private static SeriesRun _series = null!;

    [OneTimeSetUp]
    public static void RunTheSeries()
    {
        _series = new SeriesRun(nights: 3, size: 400, seed: 3, LastNight);
        foreach (var asOf in _series.Series.Nights) _series.Run(asOf);
    }

    [OneTimeTearDown]
    public static void Remove() => _series.Dispose();

    private static IReadOnlyList<Dictionary<string, string>> Truth(DateOnly night) => ReportFiles.Rows(Path.Combine(_series.NightFolder(night), "truth.csv"));

    private static Dictionary<string, decimal> AppliedToSecondaryItems(DateOnly night, Func<decimal, bool> which) =>
        ReportFiles.Rows(Path.Combine(_series.Reports(night), "applications.csv"))
            .Where(a => a["source_kind"] == "claim_payment" && a["invoice_number"].EndsWith("-SEC", StringComparison.Ordinal) && which(Amount(a["applied_amount"])))
            .GroupBy(a => a["invoice_number"]).ToDictionary(g => g.Key, g => g.Sum(a => Amount(a["applied_amount"])));

    [Test]
    public void TheSecondaryPayersNextNightRemittance_PaysEverySecondaryItemThePrimaryLeft()
    {
        var nights = _series.Series.Nights;
        for (var k = 1; k < nights.Count; k++)
        {
            var later = Truth(nights[k]).Where(t => t["scenario"] == "secondary_paid_later").ToList();
            Assert.That(later.Select(t => t["expected_invoices"]).Order(),
                Is.EqualTo(Truth(nights[k - 1]).Where(t => t["scenario"] == "claim_secondary_payer").Select(t => t["expected_invoices"] + "-SEC").Order()),
                $"{nights[k]}: each claim the primary paid the night before has its secondary payment");
            Assert.That(later, Is.Not.Empty);
            var exported = ReportFiles.Rows(Path.Combine(_series.NightFolder(nights[k]), "invoices.csv")).Select(r => r["invoice_number"]).ToHashSet();
            Assert.That(later.Select(t => t["expected_invoices"][..^4]).Where(exported.Contains), Is.Empty, "billing closed the claims");
            var paid = AppliedToSecondaryItems(nights[k], a => a > 0m);
            foreach (var t in later) Assert.That(paid.GetValueOrDefault(t["expected_invoices"]), Is.EqualTo(Amount(t["amount"])), t["expected_invoices"]);
        }
    }

    [Test]
    public void TheSecondaryPayersReversals_ReopenItsOwnItems_NotThePrimarysClaims()
    {
        var reversals = Truth(LastNight).Where(t => t["scenario"] == "secondary_reversal").ToList();
        Assert.That(reversals, Is.Not.Empty);
        var undone = AppliedToSecondaryItems(LastNight, a => a < 0m);
        Assert.That(undone, Is.EquivalentTo(reversals.ToDictionary(t => t["expected_invoices"], t => Amount(t["expected_amount"]))));
        var reopenedClaims = ReportFiles.Rows(Path.Combine(_series.Reports(LastNight), "applications.csv"))
            .Where(a => a["source_kind"] == "claim_payment" && Amount(a["applied_amount"]) < 0m && !a["invoice_number"].EndsWith("-SEC", StringComparison.Ordinal))
            .Select(a => a["invoice_number"] + "-SEC");
        Assert.That(reopenedClaims.Intersect(undone.Keys), Is.Empty, "no primary posting of those claims is undone");
    }

    [Test]
    public void EveryLaterNight_ScoresFully()
    {
        foreach (var night in _series.Series.Nights.Skip(1))
        {
            var score = _series.Score(night);
            Assert.That((score.Precision, score.Recall), Is.EqualTo((1d, 1d)), $"{night}: {score.Describe()}");
            var reversals = score.Categories["claim_reversal"];
            Assert.That((reversals.Actual, reversals.Hit), Is.EqualTo((reversals.Expected, reversals.Expected)), $"{night}: each claim reversal raised on its own row");
        }
    }

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
