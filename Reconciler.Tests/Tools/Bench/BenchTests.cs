using System.Text.Json.Nodes;
using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Tests.Support;
using Reconciler.Tools.Bench;

namespace Reconciler.Tests.Tools.Bench;

/// <summary>The bench runs on a small night and reports every figure. Nothing here is timed.</summary>
public sealed class BenchTests
{
    [Test]
    public void Bench_OnASmallNight_ReportsEveryFigure()
    {
        using var folder = new TempFolder();
        var result = BenchRunner.Run(new BenchOptions(folder.File("work"), Invoices: 200, BankLines: 200, Seed: 3),
            FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default));

        Assert.That(result.BankLines, Is.GreaterThan(0));
        Assert.That(result.OpenItems, Is.EqualTo(200));
        Assert.That(result.WallSeconds, Is.GreaterThan(0));
        Assert.That(result.PeakMemoryMb, Is.GreaterThan(0));
        Assert.That(result.RawParseSeconds, Is.GreaterThan(0));
        Assert.That(result.Stages.Select(s => s.Stage), Is.EquivalentTo(new[] { "parse", "store", "open_items", "load", "match", "exceptions", "reports", "commit" }));
        Assert.That(result.Parse.Select(p => p.Format), Does.Contain("bai2").And.Contain("camt.053").And.Contain("csv").And.Contain("open-items"));
        Assert.That(result.Precision, Is.GreaterThanOrEqualTo(0.999));
        Assert.That(result.Recall, Is.GreaterThanOrEqualTo(0.98));
        Assert.That(result.Categories, Is.Not.Empty);
    }

    [Test]
    public void Bench_OnASeries_ScoresTheLastNightsReversals_AsAnIndependentCountOfItsFiles()
    {
        using var folder = new TempFolder();
        var result = BenchRunner.Run(new BenchOptions(folder.File("work"), Invoices: 200, BankLines: 200, Seed: 5, Nights: 3),
            FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default));

        var last = Path.Combine(folder.File("work"), "night", "2026-11-20");
        var planted = ReportFiles.Rows(Path.Combine(last, "truth.csv")).Count(t => t["expected_rule"] == "reversal");
        var reversals = ReportFiles.Rows(folder.File("work/reports/applications.csv")).Count(a => a["rule"] == "reversal");
        Assert.That(result.Night, Is.EqualTo(last), "the last night is the one measured");
        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(planted, Is.GreaterThan(0));
        Assert.That(result.Reversals, Is.EqualTo(new ReversalFigures(1d, 1d, planted, planted, reversals, reversals)));
        Assert.That(Directory.Exists(folder.File("work/reports-2026-11-19")), Is.True, "the earlier nights ran first");
        Assert.That(result.ToTable(), Does.Contain($"reversals: precision 1.0000 ({reversals}/{reversals} reversal application(s)), recall 1.0000 ({planted}/{planted} planted)"));
        Assert.That(result.ToJson()["reversal_recall"]!.GetValue<double>(), Is.EqualTo(1d));
    }

    [Test]
    public void BenchCommand_Json_HasTheContractFields()
    {
        using var folder = new TempFolder();
        var run = ConsoleProcess.Run(folder.Path, "bench", "--invoices", "150", "--bank-lines", "150", "--json", "--keep", folder.File("work"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var json = JsonNode.Parse(run.Out)!.AsObject();
        foreach (var field in new[] { "bank_lines", "open_items", "wall_seconds", "peak_memory_mb", "raw_parse_seconds", "stages", "precision", "recall", "reversal_precision", "reversal_recall" })
            Assert.That(json.ContainsKey(field), Is.True, field);
        Assert.That(json["stages"]!.AsObject().Select(kv => kv.Key), Does.Contain("match").And.Contain("reports"));
        Assert.That(json["precision"]!.GetValue<double>(), Is.GreaterThan(0.9));
        Assert.That(Directory.Exists(folder.File("work/reports")), Is.True, "--keep keeps the night's reports");
    }

    [Test]
    public void PlainBench_WithAPeer_RunsItOnTheSameTwoFilesAndReportsItsFigures()
    {
        using var folder = new TempFolder();
        // A peer of our own: it prints the names it was given and the first line of each file.
        var peer = folder.File("peer.sh");
        File.WriteAllText(peer, "#!/bin/sh\necho \"args $(basename $1) $(basename $2) $3\"\nhead -n 1 \"$1\"\nhead -n 1 \"$2\"\n");
        if (OperatingSystem.IsWindows()) Assert.Ignore("the peer is a shell script");
        else File.SetUnixFileMode(peer, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = BenchRunner.Run(new BenchOptions(folder.File("work"), Invoices: 300, BankLines: 300, Seed: 4, Plain: true, Peer: peer),
            FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default));

        Assert.That(result.OpenItems, Is.EqualTo(300));
        Assert.That(result.BankLines, Is.EqualTo(300));
        Assert.That(result.Precision, Is.EqualTo(1.0));
        Assert.That(result.Recall, Is.GreaterThanOrEqualTo(0.98));
        Assert.That(result.Peer, Is.Not.Null);
        Assert.That(result.Peer!.ExitCode, Is.EqualTo(0), result.Peer.Output);
        Assert.That(result.Peer.Output, Does.Contain("args invoices.csv bank-plain-2026-11-20.csv 2026-11-20"));
        Assert.That(result.Peer.Output, Does.Contain("invoice_number,customer_id").And.Contain("Account,Date,Description,Amount,Balance"));
        Assert.That(result.Peer.WallSeconds, Is.GreaterThan(0));
        if (File.Exists("/usr/bin/time")) Assert.That(result.Peer.PeakMemoryMb, Is.GreaterThan(0));
        Assert.That(result.ToTable(), Does.Contain("side by side"));
        Assert.That(result.ToJson()["peer"]!["exit_code"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public void Run_TellsItsObserverEveryStage()
    {
        var seen = new List<string>();
        var progress = new Recording(seen);
        using var night = new Night();
        Reconciler.Tools.Generate.NightGenerator.Generate(new Reconciler.Tools.Generate.GenerateOptions(night.Root, 50, 50, 2));
        using var store = new Reconciler.Storage.Sqlite.SqliteStore(night.Database);
        store.Migrate();
        new ReconciliationRun(store, FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default), night.Clock, Night.Logger, progress: progress)
            .Execute(new RunOptions { AsOf = new DateOnly(2026, 11, 20), Inbox = night.Inbox, Invoices = Path.Combine(night.Root, "invoices.csv"), OutDir = night.Out(new DateOnly(2026, 11, 20)), QuarantineRoot = Path.Combine(night.Root, "q") });

        Assert.That(seen.Where(s => s.StartsWith("file ")).Count(), Is.EqualTo(Directory.GetFiles(night.Inbox).Length));
        Assert.That(seen, Does.Contain("end match").And.Contain("end reports").And.Contain("end commit"));
        Assert.That(seen.Count(s => s.StartsWith("start ")), Is.EqualTo(seen.Count(s => s.StartsWith("end "))));
    }

    private sealed class Recording(List<string> seen) : IRunProgress
    {
        public void StageStarted(string stage) => seen.Add($"start {stage}");
        public void StageFinished(string stage, TimeSpan elapsed, long rows) => seen.Add($"end {stage}");
        public void FileRead(string file, string format, int records) => seen.Add($"file {file}");
    }
}
