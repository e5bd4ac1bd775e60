using Reconciler.Reports.Payers;
using Reconciler.Runs;
using Reconciler.Storage;

namespace Reconciler.Cli;

/// <summary><c>reconciler report payers [--month yyyy-MM]</c>: the payer scorecard of the month's stored nights (payers.csv).</summary>
public static class PayersReport
{
    public static List<string> Files(IReconciliationStore store, string outDir, DateOnly month)
    {
        var end = month.AddMonths(1).AddDays(-1);
        var nights = store.Runs(int.MaxValue).Where(r => r.Status == RunStatus.Completed && r.AsOf >= month && r.AsOf <= end)
            .Select(r => r.AsOf).Distinct().Order().Select(d => StoredNights.Load(store, d)).OfType<NightResult>();
        var path = Path.Combine(outDir, "payers.csv");
        PayersCsv.Write(PayerScorecard.Build(nights), path);
        return [path];
    }
}
