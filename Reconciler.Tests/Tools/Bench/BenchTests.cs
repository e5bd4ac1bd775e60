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
    public void BenchCommand_Json_HasTheContractFields()
    {
        using var folder = new TempFolder();
        var run = ConsoleProcess.Run(folder.Path, "bench", "--invoices", "150", "--bank-lines", "150", "--json", "--keep", folder.File("work"));

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var json = JsonNode.Parse(run.Out)!.AsObject();
        foreach (var field in new[] { "bank_lines", "open_items", "wall_seconds", "peak_memory_mb", "raw_parse_seconds", "stages", "precision", "recall" })
            Assert.That(json.ContainsKey(field), Is.True, field);
        Assert.That(json["stages"]!.AsObject().Select(kv => kv.Key), Does.Contain("match").And.Contain("reports"));
        Assert.That(json["precision"]!.GetValue<double>(), Is.GreaterThan(0.9));
        Assert.That(Directory.Exists(folder.File("work/reports")), Is.True, "--keep keeps the night's reports");
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
