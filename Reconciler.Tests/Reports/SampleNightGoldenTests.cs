using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports;

/// <summary>
/// The sample nights of sample-data/ run through the real console with the real configuration, one after
/// the other on one database, compared with the expected reports checked in beside them (the run id column
/// aside). Night 1 (inbox/) exercises every rule; night 2 (troubled-inbox/) adds a quarantined file and a
/// statement that does not add up, and shows exceptions carried forward with their first-seen dates.
/// To refresh after an intended change, run the two commands of sample-data/README.md.
/// </summary>
public sealed class SampleNightGoldenTests
{
    private static readonly string[] Reports = ["applications.csv", "settlements.csv", "exceptions.csv", "aging.csv", "deposits.csv", "journal.csv"];

    [Test]
    public void SampleNights_ProduceTheExpectedReports()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        string[] Night(string inbox, string asOf) =>
            ["run", "--config", config, "--inbox", Repository.Path("sample-data", inbox), "--invoices", Repository.Path("sample-data", "invoices.csv"),
             "--as-of", asOf, "--out", folder.File(asOf), "--db", folder.File("r.db")];

        var first = ConsoleProcess.Run(folder.Path, Night("inbox", "2026-11-20"));
        var second = ConsoleProcess.Run(folder.Path, Night("troubled-inbox", "2026-11-21"));

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Error);
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems), second.Error);
        Assert.Multiple(() =>
        {
            foreach (var night in new[] { "2026-11-20", "2026-11-21" })
            {
                foreach (var report in Reports)
                {
                    Assert.That(ReportFiles.WithoutRunId(folder.File(Path.Combine(night, report))),
                        Is.EqualTo(ReportFiles.WithoutRunId(Repository.Path("sample-data", "expected", night, report))), $"{night}/{report}");
                }
            }
        });
    }

    [Test]
    public void SampleNight1_ExercisesEveryExceptionCategoryButTheFileLevelOnes_AndNight2AddsThem()
    {
        var night1 = ReportFiles.Rows(Repository.Path("sample-data", "expected", "2026-11-20", "exceptions.csv")).Select(r => r["category"]).ToHashSet();
        var night2 = ReportFiles.Rows(Repository.Path("sample-data", "expected", "2026-11-21", "exceptions.csv")).Select(r => r["category"]).ToHashSet();

        // proof_out_of_balance is the one category a sample night must never raise: its proofs close.
        Assert.That(night1.Union(night2), Is.EquivalentTo(Reconciler.Rules.Discrepancies.DiscrepancyCategory.All.Except(["proof_out_of_balance"])));
        Assert.That(night2, Does.Contain("unparseable_file").And.Contain("statement_out_of_balance"));
    }
}
