using Microsoft.Data.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

public sealed class RerunTests
{
    private static readonly string[] Reports = ["applications.csv", "settlements.csv", "exceptions.csv", "aging.csv", "deposits.csv", "postings.csv"];

    [Test]
    public void RerunOfANight_GivesTheSameReports_AndHistoryKeepsBothRuns()
    {
        using var folder = new TempFolder();
        var config = ConsoleProcess.PrivateConfig(folder);
        string[] Common(string outDir) => ["--config", config, "--db", folder.File("r.db"), "--out", folder.File(outDir)];
        ConsoleProcess.Run(folder.Path, ["run", "--inbox", Repository.Path("sample-data", "inbox"), "--invoices", Repository.Path("sample-data", "invoices.csv"),
            "--as-of", "2026-11-20", .. Common("original")]);
        ConsoleProcess.Run(folder.Path, ["run", "--inbox", Repository.Path("sample-data", "troubled-inbox"), "--invoices", Repository.Path("sample-data", "invoices.csv"),
            "--as-of", "2026-11-21", .. Common("night2")]);

        var rerun = ConsoleProcess.Run(folder.Path, ["rerun", "--as-of", "2026-11-21", .. Common("rerun")]);

        Assert.That(rerun.ExitCode, Is.EqualTo(1), rerun.Error);
        Assert.Multiple(() =>
        {
            foreach (var report in Reports)
                Assert.That(ReportFiles.WithoutRunId(folder.File($"rerun/{report}")), Is.EqualTo(ReportFiles.WithoutRunId(folder.File($"night2/{report}"))), report);
        });
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM runs WHERE as_of = '2026-11-21' AND status = 'superseded'"), Is.EqualTo(1));
        Assert.That(Scalar(folder.File("r.db"), "SELECT COUNT(*) FROM runs WHERE as_of = '2026-11-21' AND status = 'completed' AND trigger = 'rerun'"), Is.EqualTo(1));
        var history = ConsoleProcess.Run(folder.Path, "runs", "--config", config, "--db", folder.File("r.db"));
        Assert.That(history.Out, Does.Contain("superseded").And.Contain("rerun"));
    }

    [Test]
    public void RerunOfANightNeverRun_IsBadUsage()
    {
        using var folder = new TempFolder();
        var result = ConsoleProcess.Run(folder.Path, "rerun", "--as-of", "2030-01-01", "--config", ConsoleProcess.PrivateConfig(folder), "--db", folder.File("r.db"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("2030-01-01"));
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
