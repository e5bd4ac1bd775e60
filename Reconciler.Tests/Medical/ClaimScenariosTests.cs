using Reconciler.Ingest;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Medical;

/// <summary>The generator's claim scenarios on their own: what they write reads back balanced, and a claim denied earlier is paid.</summary>
public sealed class ClaimScenariosTests
{
    private static readonly DateOnly Day = new(2026, 11, 19);

    [Test]
    public void AClaimDeniedOnAnEarlierNight_IsPaidInTheNextRemittance_WithItsTruthRow()
    {
        using var folder = new TempFolder();
        var random = new Random(5);
        var model = new NightModel(random, 40, Day.AddDays(1));
        var denied = model.TakeClaim()!;
        using (var truth = new TruthWriter(folder.File("truth.csv")))
        using (var era = new Era835Writer(folder.Path, "era.835", Day, random))
        {
            var claims = new ClaimScenarios(random, model, truth);
            claims.PayLater([denied]);
            claims.Remittances(Day, 3, era);
            era.Finish();
        }

        var row = ReportFiles.Rows(folder.File("truth.csv")).Single(r => r["scenario"] == "claim_paid_after_denial");
        Assert.That((row["source_ref"], row["expected_invoices"]), Is.EqualTo(($"{denied.Number}#1", denied.Number)));
        var read = FormatRegistry.Default().Read(folder.File("era.835"));
        Assert.That(read.HasErrors, Is.False);
        var items = read.Batches.SelectMany(b => b.Items).Where(i => i.Claim is not null).ToList();
        Assert.That(items.Select(i => i.Claim!.BalanceProblem).Where(p => p is not null), Is.Empty, "every generated claim balances, lines included");
        Assert.That(items.Single(i => i.Id == $"{denied.Number}#1").Claim!.Status, Is.EqualTo("1"));
    }
}
