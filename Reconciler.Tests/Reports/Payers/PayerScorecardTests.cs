using Reconciler.Reports.Payers;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Payers;

/// <summary>The scorecard over stored nights that read our own 835s.</summary>
public sealed class PayerScorecardTests
{
    private static readonly DateOnly AsOf = new(2025, 3, 15);

    private static IReadOnlyList<PayerScore> Score(Night night)
    {
        night.Run(AsOf);
        using var store = new SqliteStore(night.Database);
        return PayerScorecard.Build([StoredNights.Load(store, AsOf)!]);
    }

    [Test]
    public void PaidAndDeniedClaims_GiveTheDenialRateAndAmounts()
    {
        using var night = new Night();
        night.OpenItems(
            "PCN-100,P-ACME,Acme Health Plan,2025-03-01,2025-03-31,USD,250.00,250.00",
            "PCN-200,P-ACME,Acme Health Plan,2025-03-05,2025-04-04,USD,80.00,80.00");
        night.Drop("era.835", Era835Sample.Full5010);

        var score = Score(night).Single();

        Assert.That((score.PayerId, score.ClaimsPaid, score.ClaimsDenied), Is.EqualTo(("P-ACME", 1, 1)));
        Assert.That(score.DenialRate, Is.EqualTo(0.5m));
        Assert.That(score.Billed, Is.EqualTo(250m + 80m));
        Assert.That(score.Paid, Is.EqualTo(150m));
        Assert.That(score.Adjusted, Is.EqualTo(20m + 40m), "the CO-45 amounts of both service lines; PR stays with the patient");
        Assert.That((score.AverageDaysToPay, score.Percentile90DaysToPay), Is.EqualTo(((decimal?)14m, (int?)14)), "1 March to the night of 15 March");
    }

    [Test]
    public void DaysToPay_AreTheMeanAndNearestRank90thPercentile()
    {
        using var night = new Night();
        var days = Enumerable.Range(1, 10).Select(i => 3 * i).ToList();
        night.OpenItems(days.Select((d, i) => $"K-{i},P-ACME,Acme,{AsOf.AddDays(-d):yyyy-MM-dd},{AsOf:yyyy-MM-dd},USD,100.00,100.00").ToArray());
        night.Drop("era.835", X12Sample.Wrap(
            "BPR*I*1000*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250314~TRN*1*E5*1512345678~N1*PR*ACME~LX*1~"
            + string.Concat(days.Select((_, i) => $"CLP*K-{i}*1*100*100*0*12*ICN{i}~"))));

        var score = Score(night).Single();

        var sorted = days.Order().ToList();
        Assert.That(score.AverageDaysToPay, Is.EqualTo(days.Sum() / 10m));
        // Nearest rank: ceil(0.9 * 10) = the 9th smallest of 3, 6, ..., 30.
        Assert.That(score.Percentile90DaysToPay, Is.EqualTo(sorted[8]).And.EqualTo(27));
        Assert.That((score.ClaimsPaid, score.ClaimsDenied, score.DenialRate, score.Paid), Is.EqualTo((10, 0, 0m, 1000m)));
    }

    [Test]
    public void PayersCsv_HasOneRowPerPayer()
    {
        using var folder = new TempFolder();
        var path = folder.File("payers.csv");

        PayersCsv.Write([new PayerScore("P-A", "A plan", 3, 1, 0.25m, 400m, 250m, 50m, 12.5m, 20, "USD")], path);

        var row = ReportFiles.Rows(path).Single();
        Assert.That((row["payer_id"], row["denial_rate"], row["paid"], row["avg_days_to_pay"], row["p90_days_to_pay"]), Is.EqualTo(("P-A", "0.2500", "250.00", "12.5", "20")));
    }
}
