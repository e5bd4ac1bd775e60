using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports;

/// <summary>
/// The sample night of sample-data/ run through the real console with the real configuration, compared
/// with the expected reports checked in beside it (the run id column aside). To refresh them after an
/// intended change: run the README's command with --as-of 2026-11-20 --out sample-data/expected.
/// </summary>
public sealed class SampleNightGoldenTests
{
    private static readonly string[] Reports = ["applications.csv", "settlements.csv", "exceptions.csv", "aging.csv", "deposits.csv"];

    [Test]
    public void SampleNight_ProducesTheExpectedReports()
    {
        using var folder = new TempFolder();
        var result = ConsoleProcess.Run(folder.Path, "run", "--config", ConsoleProcess.PrivateConfig(folder),
            "--inbox", Repository.Path("sample-data", "inbox"), "--invoices", Repository.Path("sample-data", "invoices.csv"),
            "--as-of", "2026-11-20", "--out", folder.File("out"), "--db", folder.File("r.db"));

        Assert.That(result.ExitCode, Is.AnyOf(0, 1), result.Error);
        Assert.Multiple(() =>
        {
            foreach (var report in Reports)
            {
                Assert.That(ReportFiles.WithoutRunId(folder.File(Path.Combine("out", report))),
                    Is.EqualTo(ReportFiles.WithoutRunId(Repository.Path("sample-data", "expected", report))), report);
            }
        });
    }
}
