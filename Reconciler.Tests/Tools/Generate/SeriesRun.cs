using Microsoft.Extensions.Time.Testing;
using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Tools.Generate;

/// <summary>
/// A generated series of nights run night after night, as the console would, into one real SQLite file: each night
/// reads its own folder's inbox and invoices.csv and writes its reports beside them (reports/).
/// </summary>
internal sealed class SeriesRun : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeriesRun(int nights, int size, int seed, DateOnly lastNight)
    {
        Series = NightSeriesGenerator.Generate(new GenerateOptions(Generated, size, size, seed, lastNight), nights);
    }

    public string Generated => _folder.File("nights");

    /// <summary>The SQLite file the nights are run into.</summary>
    public string Database => _folder.File("reconciler.db");
    public SeriesResult Series { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero));

    public string NightFolder(DateOnly asOf) => Path.Combine(Generated, NightSeriesGenerator.NightFolder(asOf));

    public string Reports(DateOnly asOf) => Path.Combine(NightFolder(asOf), "reports");

    public ReconciliationRun.Outcome Run(DateOnly asOf)
    {
        using var store = new SqliteStore(Database);
        store.Migrate();
        var run = new ReconciliationRun(store, FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default), Clock, Night.Logger);
        return run.Execute(new RunOptions
        {
            AsOf = asOf,
            Inbox = Path.Combine(NightFolder(asOf), "inbox"),
            Invoices = Path.Combine(NightFolder(asOf), "invoices.csv"),
            OutDir = Reports(asOf),
            QuarantineRoot = _folder.File("quarantine"),
            InboxLifecycle = new Reconciler.Configuration.InboxSettings { StableSeconds = 0 },
            ArchiveRoot = _folder.File("archive"),
        });
    }

    public TruthScore Score(DateOnly asOf) => TruthComparison.Compare(Path.Combine(NightFolder(asOf), "truth.csv"),
        Path.Combine(Reports(asOf), "applications.csv"), Path.Combine(Reports(asOf), "exceptions.csv"), Path.Combine(NightFolder(asOf), "inbox"));

    public void Dispose() => _folder.Dispose();
}
