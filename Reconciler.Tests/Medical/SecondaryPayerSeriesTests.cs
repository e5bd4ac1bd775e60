using System.Globalization;
using Reconciler.Tests.Support;
using Reconciler.Tests.Tools.Generate;

namespace Reconciler.Tests.Medical;

/// <summary>
/// A generated series of two nights run night after night: claims whose export names a secondary payer are paid by the
/// primary on the first night, and the secondary payer's 835 pays their <c>-SEC</c> items on the second, when billing's
/// export no longer lists the claims. Each later payment goes to its -SEC item for the amount the truth says.
/// </summary>
public sealed class SecondaryPayerSeriesTests
{
    private static readonly DateOnly LastNight = new(2026, 11, 20);

    [Test]
    public void TheSecondaryPayersNextNightRemittance_PaysEverySecondaryItem_AndScoresFully()
    {
        using var series = new SeriesRun(nights: 2, size: 300, seed: 3, LastNight);
        foreach (var asOf in series.Series.Nights) series.Run(asOf);

        var first = ReportFiles.Rows(Path.Combine(series.NightFolder(series.Series.Nights[0]), "truth.csv"));
        var later = ReportFiles.Rows(Path.Combine(series.NightFolder(LastNight), "truth.csv")).Where(t => t["scenario"] == "secondary_paid_later").ToList();
        Assert.That(later, Is.Not.Empty);
        Assert.That(later.Select(t => t["expected_invoices"]).Order(),
            Is.EqualTo(first.Where(t => t["scenario"] == "claim_secondary_payer").Select(t => t["expected_invoices"] + "-SEC").Order()),
            "each claim the primary paid on the first night has its secondary payment on the second");
        var exported = ReportFiles.Rows(Path.Combine(series.NightFolder(LastNight), "invoices.csv")).Select(r => r["invoice_number"]).ToHashSet();
        Assert.That(later.Select(t => t["expected_invoices"][..^4]).Where(exported.Contains), Is.Empty, "billing closed the claims");

        var paid = ReportFiles.Rows(Path.Combine(series.Reports(LastNight), "applications.csv"))
            .Where(a => a["source_kind"] == "claim_payment" && a["invoice_number"].EndsWith("-SEC", StringComparison.Ordinal))
            .GroupBy(a => a["invoice_number"]).ToDictionary(g => g.Key, g => g.Sum(a => Amount(a["applied_amount"])));
        foreach (var t in later) Assert.That(paid.GetValueOrDefault(t["expected_invoices"]), Is.EqualTo(Amount(t["amount"])), t["expected_invoices"]);
        var score = series.Score(LastNight);
        Assert.That((score.Precision, score.Recall), Is.EqualTo((1d, 1d)), score.Describe());
    }

    private static decimal Amount(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}
