using Reconciler.Rules.Aging;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Storage;

/// <summary>
/// The reads patient statements make without loading every night (<c>ApplicationsTo</c>, <c>NewestOpenItems</c>), and the
/// stored night's read-back (<c>ReviewerClosings</c>, <c>NightInputs</c>): each date's latest completed run up to the as-of
/// date counts, a rerun replacing its night.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly Night3 = Night2.AddDays(1);

    private static Application ClaimApplied(string invoice, decimal amount, string source, string kind = "claim_payment", string rule = "claim_posting") =>
        new(kind, source, "era.835", invoice, "P-AETNA", amount, "USD", rule, 1.0m, $"{rule} of {invoice}") { CashDate = Night1 };

    private static OpenItem Claim(string number, decimal open, string? responsible = null, string? createdFrom = null, string? patient = null) =>
        new(number, responsible == Responsibility.Patient ? "PT-1" : "P-AETNA", "Aetna", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 500m, open)
        {
            Responsible = responsible, CreatedFrom = createdFrom, Patient = patient is null ? null : PatientName.FromStored(patient),
        };

    /// <summary>Night 1, night 2 run twice (the rerun counts), night 3: applications to the claim, its -SEC and -PR items and another invoice.</summary>
    private static void ThreeNightsOfAClaim(Reconciler.Storage.IReconciliationStore store)
    {
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, applications:
        [
            ClaimApplied("CLM-1", 300m, "E-1"), ClaimApplied("CLM-1", 100m, "E-1", "adjustment", "secondary_payer"),
            ClaimApplied("CLM-1-SEC", -100m, "E-1", "adjustment", "secondary_payer"), ClaimApplied("INV-9", 50m, "L-1", "bank_line", "reference"),
        ], openItems: [Claim("CLM-1", 500m), Claim("CLM-1-SEC", 0m, Responsibility.Payer, "CLM-1"), Claim("INV-9", 50m)]));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2, applications: [ClaimApplied("CLM-1-SEC", 99m, "E-2")],
            openItems: [Claim("CLM-1-SEC", 100m, Responsibility.Payer, "CLM-1")]));
        store.StartRun("R2b", Night2, "rerun", "h", At.AddDays(1).AddHours(1));
        store.CompleteRun(Completed("R2b", Night2, applications:
        [
            ClaimApplied("CLM-1-SEC", 80m, "E-2"), ClaimApplied("CLM-1-SEC", 20m, "E-2", "adjustment", "patient_responsibility"),
            ClaimApplied("CLM-1-PR", -20m, "E-2", "adjustment", "patient_coinsurance"),
        ], openItems: [Claim("CLM-1-SEC", 100m, Responsibility.Payer, "CLM-1"), Claim("CLM-1-PR", 0m, Responsibility.Patient, "CLM-1-SEC", "WREN, PERPETUA")]));
        store.StartRun("R3", Night3, "console", "h", At.AddDays(2));
        store.CompleteRun(Completed("R3", Night3, applications: [ClaimApplied("CLM-1-PR", 20m, "L-3", "bank_line", "reference")],
            openItems: [Claim("CLM-1-PR", 20m, Responsibility.Patient, "CLM-1-SEC", "WREN, PERPETUA")]));
    }

    [Test]
    public void ApplicationsTo_ReadsTheNamedItemsApplications_FromEachNightsLatestCompletedRun_UpToTheDate()
    {
        using var store = CreateStore();
        ThreeNightsOfAClaim(store);
        // More keys than one statement takes, the wanted ones among them, one twice.
        var keys = Enumerable.Range(1, 1200).Select(i => $"CLM-X{i}").Concat(["CLM-1", "CLM-1-SEC", "CLM-1-PR", "CLM-1"]).ToList();

        var read = store.ApplicationsTo(keys, Night2);

        Assert.That(read.Select(a => (a.InvoiceNumber, a.SourceKind, a.SourceId, a.AppliedAmount, a.Rule)), Is.EquivalentTo(new[]
        {
            ("CLM-1", "claim_payment", "E-1", 300m, "claim_posting"), ("CLM-1", "adjustment", "E-1", 100m, "secondary_payer"),
            ("CLM-1-SEC", "adjustment", "E-1", -100m, "secondary_payer"), ("CLM-1-SEC", "claim_payment", "E-2", 80m, "claim_posting"),
            ("CLM-1-SEC", "adjustment", "E-2", 20m, "patient_responsibility"), ("CLM-1-PR", "adjustment", "E-2", -20m, "patient_coinsurance"),
        }), "night 2's rerun replaces its first run; night 3 is after the date; INV-9 was not asked for");
        Assert.That(read.Select(a => (a.CashDate, a.Currency, a.CustomerId, a.SourceFile)).Distinct(), Is.EqualTo(new[] { ((DateOnly?)Night1, "USD", "P-AETNA", "era.835") }));
        Assert.That(read.First(a => a.SourceId == "E-1").Explanation, Is.EqualTo("claim_posting of CLM-1"));
        Assert.That(store.ApplicationsTo(["CLM-1-PR"], Night3).Select(a => a.AppliedAmount), Is.EquivalentTo(new[] { -20m, 20m }));
        Assert.That(store.ApplicationsTo([], Night3), Is.Empty);
    }

    [Test]
    public void NewestOpenItems_GivesEachItemItsRowFromTheLatestNightThatHeldIt()
    {
        using var store = CreateStore();
        ThreeNightsOfAClaim(store);

        var read = store.NewestOpenItems(["CLM-1", "CLM-1-SEC", "CLM-1-PR", "CLM-UNKNOWN"], Night3).ToDictionary(i => i.InvoiceNumber);

        Assert.That(read.Keys, Is.EquivalentTo(new[] { "CLM-1", "CLM-1-SEC", "CLM-1-PR" }));
        Assert.That((read["CLM-1"].OpenAmount, read["CLM-1"].Responsible, read["CLM-1"].CreatedFrom), Is.EqualTo((500m, (string?)null, (string?)null)),
            "the claim's only row is night 1's, though later nights left it out");
        Assert.That((read["CLM-1-SEC"].OpenAmount, read["CLM-1-SEC"].Responsible, read["CLM-1-SEC"].CreatedFrom), Is.EqualTo((100m, Responsibility.Payer, "CLM-1")));
        var patient = read["CLM-1-PR"];
        Assert.That((patient.OpenAmount, patient.Responsible, patient.CreatedFrom, patient.PatientId), Is.EqualTo((20m, Responsibility.Patient, "CLM-1-SEC", "PT-1")));
        Assert.That(patient.Patient?.Reveal(), Is.EqualTo("WREN, PERPETUA"));
        Assert.That((patient.IssueDate, patient.DueDate, patient.Currency, patient.Amount), Is.EqualTo((Night1.AddDays(-30), Night1.AddDays(-1), "USD", 500m)));

        var before = store.NewestOpenItems(["CLM-1-SEC", "CLM-1-PR"], Night1);
        Assert.That(before.Select(i => (i.InvoiceNumber, i.OpenAmount)), Is.EqualTo(new[] { ("CLM-1-SEC", 0m) }), "as of night 1");
    }

    [Test]
    public void AClaimsPatientAndSecondaryPayer_AsBillingExportedThem_AreReadBackWithItsSnapshot()
    {
        using var store = CreateStore();
        var claim = Claim("CLM-2", 400m, patient: "WREN, PERPETUA") with { PatientId = "PT-5", SecondaryPayerId = "P-MEDI" };
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, openItems: [claim, Claim("INV-9", 50m)]));

        // A rerun of the night starts from LoadRun's items; the next night from PreviousOpenItems; a statement from NewestOpenItems.
        foreach (var (read, how) in new[]
        {
            (store.LoadRun(Night1)!.OpenItems, "LoadRun"), (store.PreviousOpenItems(Night2), "PreviousOpenItems"),
            (store.NewestOpenItems(["CLM-2", "INV-9"], Night1), "NewestOpenItems"),
        })
        {
            var items = read.ToDictionary(i => i.InvoiceNumber);
            Assert.That((items["CLM-2"].PatientId, items["CLM-2"].SecondaryPayerId, items["CLM-2"].Patient?.Reveal(), items["CLM-2"].Responsible),
                Is.EqualTo(("PT-5", "P-MEDI", "WREN, PERPETUA", (string?)null)), how);
            Assert.That((items["INV-9"].PatientId, items["INV-9"].SecondaryPayerId, items["INV-9"].Patient), Is.EqualTo(((string?)null, (string?)null, (PatientName?)null)), how);
        }
    }

    [Test]
    public void ANightsInputsAndReviewerClosings_ReadBack_ForThatRunOnly()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        using (var night = store.BeginNight("R1", Night1))
        {
            night.Inputs("""[{"file":"era.835","records":3}]""");
            night.Trail([
                new TrailEntry("L-5", 3, "write_off", "decided", "reviewer wrote it off"),
                new TrailEntry("L-6", 2, "refund", "decided", "reviewer refunded it"),
                new TrailEntry("L-6", 1, "manual", "decided", "by hand"),
                new TrailEntry("L-7", 1, "write_off", "no match", "nothing to write off"),
            ]);
            night.Commit(At, "{}");
        }
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2));

        Assert.That(store.NightInputs("R1"), Is.EqualTo("""[{"file":"era.835","records":3}]"""));
        Assert.That(store.NightInputs("R2"), Is.Null, "a run that kept no inputs");
        Assert.That(store.ReviewerClosings("R1"), Is.EquivalentTo(new[] { ("L-5", 3, "write_off"), ("L-6", 2, "refund") }));
        Assert.That(store.ReviewerClosings("R2"), Is.Empty);
    }
}
