using ClosedXML.Excel;
using Reconciler.Ingest;
using Reconciler.Reports;
using Reconciler.Reports.Decisions;
using Reconciler.Reports.Statements.Patients;
using Reconciler.Rules.Aging;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using static Reconciler.Tests.Medical.ClinicRemittances;

namespace Reconciler.Tests.Medical;

/// <summary>
/// The acceptance: three nights of a clinic. Night 1, the primary payer's 835 with patient responsibility, a claim
/// with a secondary payer, a crossover claim and a denial; the reviewer appeals the denial. Night 2, the secondary payers
/// pay (4010 and 5010). Night 3, the payer pays the appealed claim. Aging by responsible party, the patient statements
/// and the denials worklist are checked against figures worked out here from the 835s, and no patient name is logged.
/// </summary>
public sealed class ThreeClinicNightsTests
{
    private static readonly DateOnly Night1 = new(2025, 3, 15), Night2 = new(2025, 3, 16), Night3 = new(2025, 3, 17);

    private sealed class Capture : ILogEventSink
    {
        public List<string> Lines { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            lock (Lines) Lines.Add(logEvent.RenderMessage() + " " + string.Join(" ", logEvent.Properties.Select(p => p.Key + "=" + p.Value)) + " " + logEvent.Exception);
        }
    }

    private Night _night = null!;
    private readonly Capture _log = new();
    private readonly Dictionary<DateOnly, ReconciliationRun.Outcome> _nights = [];

    [OneTimeSetUp]
    public void RunThreeNights()
    {
        _night = new Night();
        File.WriteAllText(_night.Invoices, Export);
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(_log).CreateLogger();

        _night.Drop("aetna-0315.835", PrimaryNight1);
        _nights[Night1] = Run(Night1, logger);
        AppealTheDenial(Night1);
        _night.Drop("medicaid-0316.835", Medicaid4010);
        _night.Drop("mutual-0316.835", Crossover5010);
        _nights[Night2] = Run(Night2, logger);
        _night.Drop("aetna-0317.835", AppealPaid);
        _nights[Night3] = Run(Night3, logger);
    }

    [OneTimeTearDown]
    public void RemoveNights() => _night.Dispose();

    private ReconciliationRun.Outcome Run(DateOnly asOf, ILogger logger)
    {
        using var store = new SqliteStore(_night.Database);
        store.Migrate();
        return new ReconciliationRun(store, FormatRegistry.Default(), Night.Engine, new ReportSet(AgingBuckets.Default), _night.Clock, logger)
            .Execute(new RunOptions
            {
                AsOf = asOf, Inbox = _night.Inbox, Invoices = _night.Invoices, OutDir = _night.Out(asOf), QuarantineRoot = Path.Combine(_night.Root, "quarantine"),
                InboxLifecycle = _night.Lifecycle, ArchiveRoot = Path.Combine(_night.Root, "archive"),
            });
    }

    /// <summary>The reviewer's returned workbook: Appeal on the claim_denied row of CLM-D, nothing else decided.</summary>
    private void AppealTheDenial(DateOnly asOf)
    {
        using var workbook = new XLWorkbook(Path.Combine(_night.Out(asOf), "exceptions.xlsx"));
        var sheet = workbook.Worksheet("claim_denied");
        var row = sheet.Tables.Single().DataRange.Rows().Single(r => r.Cell(ExceptionColumns.Number("invoice_number")).GetString() == "CLM-D").RowNumber();
        sheet.Cell(row, ExceptionColumns.Number(ExceptionColumns.Decision)).SetValue("Appeal");
        sheet.Cell(row, ExceptionColumns.Number(ExceptionColumns.Note)).SetValue("authorisation was on file");
        Directory.CreateDirectory(Path.Combine(_night.Inbox, "decisions"));
        workbook.SaveAs(Path.Combine(_night.Inbox, "decisions", "reviewed-0315.xlsx"));
    }

    private IReadOnlyList<Dictionary<string, string>> Report(DateOnly asOf, string file) => ReportFiles.Rows(Path.Combine(_night.Out(asOf), file));

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<(string Customer, decimal Total, string Responsible)> Aging(DateOnly asOf) =>
        Report(asOf, "aging.csv").Select(r => (r["customer_id"], Amount(r["total"]), r["responsible"]));

    [Test]
    public void FirstNight_AgingShowsThePatientsAndTheSecondaryPayers_AndWhatTheyOwe()
    {
        var denied = D_Charge; // nothing posted from a denial
        Assert.That(Aging(Night1), Is.EquivalentTo(new[]
        {
            ("P-AETNA", denied, "payer"),
            ("P-MEDI", B_Charge - B_Paid - B_Co, "payer"),
            ("PT-1", A_Charge - A_Paid - A_Co, "patient"),
            ("SEC01", C_Charge - C_Paid - C_Co, "payer"),
        }));
    }

    [Test]
    public void ThirdNight_AgingByResponsibleParty_LeavesOnlyThePatientsOwing()
    {
        Assert.That(Aging(Night3), Is.EquivalentTo(new[]
        {
            ("PT-1", A_Deductible + A_Coinsurance + A_Copay, "patient"),
            ("PT-2", B_Charge - B_Paid - B_Co - B2_Paid, "patient"),
            ("PT-W333", C_Charge - C_Paid - C_Co - C2_Paid, "patient"),
        }));
        Assert.That(_nights[Night3].Night.OpenItems.Select(i => i.InvoiceNumber), Is.SupersetOf(new[] { "CLM-A-PR", "CLM-B-PR", "CLM-C-PR" }),
            "the patient items are carried from night to night though the billing export never lists them");
    }

    [Test]
    public void EveryNight_TheJournalBalances_AndTheProofsClose()
    {
        foreach (var (asOf, outcome) in _nights)
        {
            Assert.That(outcome.Night.Proofs.Where(p => !p.Closes).Select(p => p.Name), Is.Empty, asOf.ToString());
            var journal = Report(asOf, "journal.csv");
            foreach (var entry in journal.GroupBy(r => r["entry_id"]))
                Assert.That(entry.Sum(r => Amount(r["debit"])), Is.EqualTo(entry.Sum(r => Amount(r["credit"]))), entry.Key);
        }
        var moved = Report(Night1, "journal.csv").Where(r => r["rule"] == "patient_responsibility").ToList();
        Assert.That(moved.Where(r => r["account"] == "patient_receivable").Sum(r => Amount(r["debit"])), Is.EqualTo(A_Deductible + A_Coinsurance + A_Copay),
            "the patient's share leaves the payer's receivable for the patient's");
    }

    [Test]
    public void DenialsWorklist_GoesFromOpenToAppealedToWon()
    {
        string Status(DateOnly asOf) => Report(asOf, "denials.csv").Single(r => r["claim_number"] == "CLM-D")["status"];

        Assert.That((Status(Night1), Status(Night2), Status(Night3)), Is.EqualTo(("open", "appealed", "won")));
        var won = Report(Night3, "denials.csv").Single();
        Assert.That((won["appeal_by"], won["charge"]), Is.EqualTo(("2025-06-13", "180.00")), "denied on 15 March (BPR16) + 90 days");
        using var summary = new XLWorkbook(Path.Combine(_night.Out(Night3), "denials.xlsx"));
        var recovered = summary.Worksheet("Summary").RowsUsed().Single(r => r.Cell(1).GetString() == "recovered by appeals");
        Assert.That(recovered.Cell(3).GetValue<decimal>(), Is.EqualTo(D3_Paid));
    }

    [Test]
    public void PatientStatements_ListEachVisitWithWhatInsurancePaidAndWhyThePatientOwes()
    {
        using var store = new SqliteStore(_night.Database);
        var nights = new[] { Night1, Night2, Night3 }.Select(d => StoredNights.Load(store, d)!).ToList();
        var statements = PatientStatements.Build(nights, Night3, null);

        Assert.That(statements.Select(s => (s.PatientId, s.PatientName, s.AmountDue)), Is.EqualTo(new[]
        {
            ("PT-1", "QUILLBY, MARGOT", A_Charge - A_Paid - A_Co),
            ("PT-2", "FENWORTH, OSWIN", B_Charge - B_Paid - B_Co - B2_Paid),
            // The 835's own name is never stored (only billing's patient_name is): without it the statement names the patient number.
            ("PT-W333", "Patient PT-W333", C_Charge - C_Paid - C_Co - C2_Paid),
        }));
        var a = statements[0].Lines.Single();
        Assert.That(a, Is.EqualTo(new PatientStatementLine("CLM-A", new DateOnly(2025, 3, 1), A_Charge, A_Paid, A_Co, A_Deductible, A_Coinsurance, A_Copay, 0m, 0m,
            A_Deductible + A_Coinsurance + A_Copay)));
        var b = statements[1].Lines.Single();
        Assert.That((b.InsurancePaid, b.InsuranceAdjusted, b.Coinsurance, b.Due), Is.EqualTo((B_Paid + B2_Paid, B_Co, B2_Coinsurance, B2_Coinsurance)),
            "both payers' payments; the primary's coinsurance went to Medicaid, which left its own to the patient");
        var c = statements[2].Lines.Single();
        Assert.That((c.InsurancePaid, c.Deductible, c.Due), Is.EqualTo((C_Paid + C2_Paid, C2_Deductible, C2_Deductible)));
    }

    [Test]
    public void PatientStatementsReadFromTheStore_AreThoseBuiltFromEveryNight()
    {
        using var store = new SqliteStore(_night.Database);
        var nights = new[] { Night1, Night2, Night3 }.Select(d => StoredNights.Load(store, d)!).ToList();

        var fromStore = PatientStatements.FromStore(store, nights[^1], Night3, null);
        var fromNights = PatientStatements.Build(nights, Night3, null);

        Assert.That(fromStore, Has.Count.EqualTo(3));
        Assert.That(fromStore.Select(s => (s.PatientId, s.PatientName, s.AmountDue, s.Lines.Count)), Is.EqualTo(fromNights.Select(s => (s.PatientId, s.PatientName, s.AmountDue, s.Lines.Count))));
        Assert.That(fromStore.SelectMany(s => s.Lines), Is.EqualTo(fromNights.SelectMany(s => s.Lines)));
        Assert.That(PatientStatements.FromStore(store, nights[1], Night2, null).SelectMany(s => s.Lines),
            Is.EqualTo(PatientStatements.Build(nights.Take(2).ToList(), Night2, null).SelectMany(s => s.Lines)), "an earlier date reads only the nights up to it");
    }

    [Test]
    public void MonthEnd_CountsTheWonAppeal_AndTheMoneyItRecovered()
    {
        using var store = new SqliteStore(_night.Database);
        var nights = new[] { Night1, Night2, Night3 }.Select(d => StoredNights.Load(store, d)!).ToList();

        var figures = Reconciler.Reports.MonthEnd.MonthEndSummary.Build(new DateOnly(2025, 3, 1), nights, null, nights[^1], store.DecisionsFor(Night3))
            .ToDictionary(f => (f.Metric, f.Currency), f => f.Value);

        Assert.That((figures[("appeals_open_count", "")], figures[("appeals_won_count", "")], figures[("appeals_lost_count", "")]), Is.EqualTo((0m, 1m, 0m)));
        Assert.That(figures[("appeals_recovered", "USD")], Is.EqualTo(D3_Paid));
    }

    [Test]
    public void PatientStatementFiles_SayItInWords_AndAreNamedByPatientNumber()
    {
        using var store = new SqliteStore(_night.Database);
        var nights = new[] { Night1, Night2, Night3 }.Select(d => StoredNights.Load(store, d)!).ToList();
        var outDir = Path.Combine(_night.Root, "statements-out");

        var files = PatientStatementFiles.Write(nights[^1], nights, outDir, Night3, null, null);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "PT-1-USD.html", "PT-1-USD.xlsx", "PT-2-USD.html", "PT-2-USD.xlsx", "PT-W333-USD.html", "PT-W333-USD.xlsx" }));
        var html = File.ReadAllText(files[0]);
        Assert.That(html, Does.Contain("QUILLBY, MARGOT").And.Contain("Your deductible").And.Contain("Your coinsurance").And.Contain("Your co-pay")
            .And.Contain("Visit on 1 March 2025").And.Contain("How to pay").And.Contain("100.00 USD"));
        using var workbook = new XLWorkbook(files[1]);
        var owe = workbook.Worksheet("Statement").RowsUsed().Single(r => r.Cell(1).GetString() == "You owe");
        Assert.That(owe.Cell(2).GetValue<decimal>(), Is.EqualTo(A_Deductible + A_Coinsurance + A_Copay));
    }

    [Test]
    public void NoPatientName_IsLogged_OrInTheNightlyReports()
    {
        Assert.That(_log.Lines, Is.Not.Empty, "the runs must have logged something for this test to mean anything");
        var log = string.Join("\n", _log.Lines);
        foreach (var name in Names) Assert.That(log, Does.Not.Contain(name));
        foreach (var asOf in _nights.Keys)
        {
            foreach (var report in Directory.GetFiles(_night.Out(asOf)).Where(f => Path.GetExtension(f) is ".csv" or ".json" or ".html"))
            {
                var text = File.ReadAllText(report);
                foreach (var name in Names) Assert.That(text, Does.Not.Contain(name), Path.GetFileName(report));
            }
        }
    }
}
