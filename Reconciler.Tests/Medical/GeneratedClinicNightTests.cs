using System.Globalization;
using Reconciler.Tests.Support;
using Reconciler.Tools.Generate;

namespace Reconciler.Tests.Medical;

/// <summary>
/// A generated night at small size with the medical plants (PR split into deductible, coinsurance and co-pay; crossover
/// claims and claims whose export names a secondary payer, and the supplemental payer's payment of their <c>-SEC</c> items; denials with CARC and RARC; service lines), run
/// through the real run: every planted claim is posted where the truth says, the journal balances and the proofs close.
/// </summary>
public sealed class GeneratedClinicNightTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);
    private static readonly string[] Plants = ["claim_paid", "claim_pr_split", "claim_crossover", "secondary_paid", "claim_secondary_payer", "claim_denied", "claim_corrected"];

    private Night _night = null!;
    private IReadOnlyList<Dictionary<string, string>> _truth = null!;
    private TruthScore _score = null!;
    private Reconciler.Runs.ReconciliationRun.Outcome _outcome = null!;

    [OneTimeSetUp]
    public void GenerateAndRun()
    {
        _night = new Night();
        NightGenerator.Generate(new GenerateOptions(_night.Root, Invoices: 300, BankLines: 600, Seed: 5, AsOf: AsOf));
        _outcome = _night.Run(AsOf);
        var reports = _night.Out(AsOf);
        _truth = ReportFiles.Rows(Path.Combine(_night.Root, "truth.csv"));
        _score = TruthComparison.Compare(Path.Combine(_night.Root, "truth.csv"), Path.Combine(reports, "applications.csv"),
            Path.Combine(reports, "exceptions.csv"), _night.Inbox);
        TestContext.Out.WriteLine(_score.Describe());
    }

    [OneTimeTearDown]
    public void Remove() => _night.Dispose();

    private string Era => File.ReadAllText(Directory.GetFiles(_night.Inbox, "*.835").Single());

    [Test]
    public void TheNight_PlantsEveryMedicalScenario_InTheRemittance()
    {
        var planted = _truth.GroupBy(r => r["scenario"]).ToDictionary(g => g.Key, g => g.Count());
        foreach (var plant in Plants) Assert.That(planted.GetValueOrDefault(plant), Is.GreaterThan(0), plant);
        Assert.That(planted["secondary_paid"], Is.EqualTo(planted["claim_crossover"] + planted["claim_secondary_payer"]),
            "each crossover, and each claim whose export names a secondary payer, is paid by the supplemental payer the same night");
        Assert.That(File.ReadLines(Path.Combine(_night.Root, "invoices.csv")).Count(l => l.EndsWith("," + ClaimScenarios.Supplemental.Id, StringComparison.Ordinal)),
            Is.GreaterThanOrEqualTo(planted["claim_secondary_payer"]), "the export names the secondary payer (secondary_payer_id)");
        var era = Era;
        Assert.That(era, Does.Contain("CAS*PR*1*").And.Contain("**2*").And.Contain("NM1*TT*2*").And.Contain("MOA***MA18").And.Contain("\nSVC*HC:")
            .And.Contain("\nLQ*HE*").And.Contain("\nDTM*472*").And.Contain("\nCLP*CLM-2").And.Contain("*19*"));
    }

    [Test]
    public void EveryPlantedClaim_IsPostedWhereTheTruthSays_AndNothingElse()
    {
        Assert.That(_score.UnreadFiles, Is.Empty);
        Assert.That(_score.JoinedApplications, Is.EqualTo(_score.Applications), "every application joins a truth row");
        Assert.That((_score.Precision, _score.Recall), Is.EqualTo((1d, 1d)), _score.Describe());
    }

    [Test]
    public void TheSupplementalPayer_PaysTheSecondaryItems_AndThePatientsGetWhatItLeft()
    {
        var applications = ReportFiles.Rows(Path.Combine(_night.Out(AsOf), "applications.csv"));
        var secondary = _truth.Where(r => r["scenario"] == "secondary_paid").ToList();
        var paidToSec = applications.Where(a => a["source_kind"] == "claim_payment" && a["invoice_number"].EndsWith("-SEC", StringComparison.Ordinal)).ToList();
        Assert.That(paidToSec.Select(a => a["invoice_number"]).Order(), Is.EqualTo(secondary.Select(r => r["expected_invoices"]).Order()));
        Assert.That(paidToSec.Sum(a => Amount(a["applied_amount"])), Is.EqualTo(secondary.Sum(r => Amount(r["amount"]))));
        var deniedPlanted = _truth.Count(r => r["scenario"] == "claim_denied");
        var exceptions = ReportFiles.Rows(Path.Combine(_night.Out(AsOf), "exceptions.csv"));
        Assert.That(exceptions.Count(e => e["category"] == "claim_denied"), Is.EqualTo(deniedPlanted));
        var denials = ReportFiles.Rows(Path.Combine(_night.Out(AsOf), "denials.csv"));
        Assert.That(denials.Select(d => d["rarc"]), Has.All.Not.Empty, "each generated denial carries its remark (LQ*HE)");
    }

    [Test]
    public void TheJournalBalances_AndTheProofsClose()
    {
        Assert.That(_outcome.Night.Proofs.Where(p => !p.Closes).Select(p => p.Name), Is.Empty);
        foreach (var entry in ReportFiles.Rows(Path.Combine(_night.Out(AsOf), "journal.csv")).GroupBy(r => r["entry_id"]))
            Assert.That(entry.Sum(r => Amount(r["debit"])), Is.EqualTo(entry.Sum(r => Amount(r["credit"]))), entry.Key);
    }

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);
}
