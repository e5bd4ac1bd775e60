using Microsoft.Extensions.Time.Testing;
using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Configuration;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Serilog;

namespace Reconciler.Tests.Support;

/// <summary>
/// A night on disk for pipeline tests: a temp folder with an inbox, an open-items CSV and a real SQLite
/// file, run through the same ReconciliationRun the console uses.
/// </summary>
public sealed class Night : IDisposable
{
    public const string InvoicesHeader = "invoice_number,customer_id,customer_name,issue_date,due_date,currency,amount,open_amount\n";

    private readonly TempFolder _folder = new();

    public Night()
    {
        Directory.CreateDirectory(Inbox);
        Invoices = _folder.Write("invoices.csv", InvoicesHeader);
    }

    public string Root => _folder.Path;
    public string Inbox => _folder.File("inbox");
    public string Invoices { get; }
    public string Database => _folder.File("reconciler.db");
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero));

    public string Out(DateOnly asOf, string suffix = "") => _folder.File($"out-{asOf:yyyy-MM-dd}{suffix}");

    public string Drop(string name, string content) => _folder.Write(Path.Combine("inbox", name), content);

    public void OpenItems(params string[] rows) => File.WriteAllText(Invoices, InvoicesHeader + string.Join("\n", rows) + "\n");

    public ReconciliationRun.Outcome Run(DateOnly asOf, string outSuffix = "", bool dryRun = false, bool writeReports = true)
    {
        using var store = new SqliteStore(Database);
        store.Migrate();
        return Run(store, asOf, outSuffix, dryRun, writeReports);
    }

    public ReconciliationRun.Outcome Run(Reconciler.Storage.IReconciliationStore store, DateOnly asOf, string outSuffix = "", bool dryRun = false,
        bool writeReports = true)
    {
        var run = new ReconciliationRun(store, FormatRegistry.Default(), Engine, new ReportSet(AgingBuckets.Default), Clock, Logger);
        return run.Execute(new RunOptions
        {
            AsOf = asOf,
            Inbox = Inbox,
            Invoices = Invoices,
            OutDir = Out(asOf, outSuffix),
            QuarantineRoot = _folder.File("quarantine"),
            DryRun = dryRun,
            WriteReports = writeReports,
            InboxLifecycle = Lifecycle,
            ArchiveRoot = _folder.File("archive"),
        });
    }

    /// <summary>How the night takes inbox files (default: keep them, no settling time).</summary>
    public Reconciler.Configuration.InboxSettings Lifecycle { get; set; } = new() { StableSeconds = 0 };

    public static ILogger Logger { get; } = new LoggerConfiguration().CreateLogger();

    /// <summary>The engine with the repository's own config/rules.json.</summary>
    public static MatchingEngine Engine { get; } = new(RulesFile.Parse(File.ReadAllText(Repository.Path("config", "rules.json"))).Rules!);

    public void Dispose() => _folder.Dispose();
}
