using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>A whole night over an 835 naming a patient: the name reaches neither the log nor any report but the model.</summary>
public sealed class PatientNameLogTests
{
    private sealed class Capture : ILogEventSink
    {
        public List<string> Lines { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            lock (Lines)
            {
                Lines.Add(logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Select(p => p.Key + "=" + p.Value)) + " " + logEvent.Exception);
            }
        }
    }

    [Test]
    public void NightOverAnEraWithAPatientName_NeverLogsOrReportsTheName()
    {
        using var night = new Night();
        night.OpenItems("PCN-100,P-ACME,Acme Health Plan,2025-03-01,2025-03-31,USD,250.00,250.00");
        night.Drop("era.835", Era835Sample.Full5010);
        var capture = new Capture();
        using var log = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(capture).CreateLogger();
        var asOf = new DateOnly(2025, 3, 15);

        using (var store = new SqliteStore(night.Database))
        {
            store.Migrate();
            new ReconciliationRun(store, FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default), night.Clock, log)
                .Execute(new RunOptions
                {
                    AsOf = asOf, Inbox = night.Inbox, Invoices = night.Invoices, OutDir = night.Out(asOf),
                    QuarantineRoot = Path.Combine(night.Root, "quarantine"), InboxLifecycle = night.Lifecycle, ArchiveRoot = Path.Combine(night.Root, "archive"),
                });
        }

        Assert.That(capture.Lines, Is.Not.Empty, "the run must have logged something for this test to mean anything");
        Assert.That(string.Join("\n", capture.Lines), Does.Not.Contain(Era835Sample.PatientLast).And.Not.Contain(Era835Sample.PatientFirst));
        foreach (var report in Directory.GetFiles(night.Out(asOf)).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.That(File.ReadAllText(report), Does.Not.Contain(Era835Sample.PatientLast), Path.GetFileName(report));
        }
        Assert.That(File.ReadAllBytes(night.Database).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Era835Sample.PatientLast)), Is.EqualTo(-1), "not stored either");
    }
}
