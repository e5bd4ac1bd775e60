using System.Globalization;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Medical;

/// <summary>
/// Three nights through the console with 5010 835s. Night 1: Aetna pays CLM-E, CLM-F and CLM-H, whose export names the
/// secondary payer P-MEDI, so what Aetna left goes to each claim's -SEC item. Night 2: Medi pays CLM-E-SEC (its PR-2 to the
/// patient) and CLM-F-SEC; billing drops CLM-H. Night 3: Medi reverses its payment of CLM-E (CLP02 22) and sends a
/// corrected claim; Aetna reverses its own payment of CLM-F; Medi pays CLM-H-SEC though the night no longer knows CLM-H;
/// billing drops CLM-E. Each reversal undoes only its sender's posting; aging by responsible party is worked out here
/// from the constants.
/// </summary>
public sealed class SecondaryReversalConsoleTests
{
    private const string Night1 = "2025-06-02", Night2 = "2025-06-03", Night3 = "2025-06-04";
    private const decimal E_Charge = 500m, E_Paid = 300m, E_Co = 100m, E_Deductible = 60m, E_Coinsurance = 40m;
    private const decimal F_Charge = 400m, F_Paid = 250m, F_Co = 70m, F_Coinsurance = 80m;
    private const decimal H_Charge = 200m, H_Paid = 120m, H_Co = 40m, H_Deductible = 40m;
    private const decimal G_Charge = 400m;
    // Medi on night 2 (E: paid, PR-2 to the patient; F: all of it), night 3 (E corrected; H: all of it).
    private const decimal E2_Paid = 70m, E2_Coinsurance = 30m, E3_Paid = 90m, E3_Coinsurance = 10m;
    private const decimal E_Secondary = E_Deductible + E_Coinsurance, F_Secondary = F_Coinsurance, H_Secondary = H_Deductible;

    private TempFolder _folder = null!;
    private string _config = null!;
    private readonly Dictionary<string, ConsoleProcess.Result> _runs = [];

    private static string Header(decimal total, string date, string trace, string payer, string payerId) =>
        $"BPR*I*{total}*C*ACH*CCP*01*021000021*DA*1234567*{payerId}**01*071000013*DA*7654321*{date}~"
        + $"TRN*1*{trace}*{payerId}~N1*PR*{payer}~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~";

    private static string Clp(string claim, string status, decimal charge, decimal paid, decimal patient, string icn, string member, string cas) =>
        $"CLP*{claim}*{status}*{charge}*{paid}*{patient}*12*{icn}~NM1*QC*1*WREN*PERPETUA****MI*{member}~"
        + $"SVC*HC:99213*{charge}*{paid}**1~DTM*472*20250501~{cas}";

    private static string AetnaNight1 => ClinicRemittances.Wrap5010("000000701",
        Header(E_Paid + F_Paid + H_Paid, "20250602", "EFT701", "AETNA", "1512345678")
        + Clp("CLM-E", "1", E_Charge, E_Paid, E_Secondary, "ICNE1", "W501", $"CAS*CO*45*{E_Co}~CAS*PR*1*{E_Deductible}**2*{E_Coinsurance}~")
        + Clp("CLM-F", "1", F_Charge, F_Paid, F_Secondary, "ICNF1", "W601", $"CAS*CO*45*{F_Co}~CAS*PR*2*{F_Coinsurance}~")
        + Clp("CLM-H", "1", H_Charge, H_Paid, H_Secondary, "ICNH1", "W801", $"CAS*CO*45*{H_Co}~CAS*PR*1*{H_Deductible}~"));

    private static string MediNight2 => ClinicRemittances.Wrap5010("000000702",
        Header(E2_Paid + F_Secondary, "20250603", "EFT702", "MEDI SUPPLEMENTAL", "1777777777")
        + Clp("CLM-E", "2", E_Charge, E2_Paid, E2_Coinsurance, "MDE1", "M501", $"CAS*OA*23*{E_Charge - E2_Paid - E2_Coinsurance}~CAS*PR*2*{E2_Coinsurance}~")
        + Clp("CLM-F", "2", F_Charge, F_Secondary, 0m, "MDF1", "M601", $"CAS*OA*23*{F_Charge - F_Secondary}~"));

    // Medi takes back its payment of CLM-E (every amount negated) and pays it again, corrected; pays CLM-H's secondary item.
    private static string MediNight3 => ClinicRemittances.Wrap5010("000000703",
        Header(E3_Paid - E2_Paid + H_Secondary, "20250604", "EFT703", "MEDI SUPPLEMENTAL", "1777777777")
        + Clp("CLM-E", "22", -E_Charge, -E2_Paid, -E2_Coinsurance, "MDE1", "M501", $"CAS*OA*23*{-(E_Charge - E2_Paid - E2_Coinsurance)}~CAS*PR*2*{-E2_Coinsurance}~")
        + Clp("CLM-E", "2", E_Charge, E3_Paid, E3_Coinsurance, "MDE2", "M501", $"CAS*OA*23*{E_Charge - E3_Paid - E3_Coinsurance}~CAS*PR*2*{E3_Coinsurance}~")
        + Clp("CLM-H", "2", H_Charge, H_Secondary, 0m, "MDH1", "M801", $"CAS*OA*23*{H_Charge - H_Secondary}~"));

    // Aetna takes back its payment of CLM-F and pays CLM-G.
    private static string AetnaNight3 => ClinicRemittances.Wrap5010("000000704",
        Header(G_Charge - F_Paid, "20250604", "EFT704", "AETNA", "1512345678")
        + Clp("CLM-F", "22", -F_Charge, -F_Paid, -F_Secondary, "ICNF1", "W601", $"CAS*CO*45*{-F_Co}~CAS*PR*2*{-F_Coinsurance}~")
        + Clp("CLM-G", "1", G_Charge, G_Charge, 0m, "ICNG1", "W701", ""));

    private static string Export(params string[] claims)
    {
        var rows = new Dictionary<string, string>
        {
            ["CLM-E"] = $"CLM-E,P-AETNA,Aetna,2025-05-01,2025-05-31,USD,{E_Charge},{E_Charge},PT-5,\"WREN, PERPETUA\",P-MEDI",
            ["CLM-F"] = $"CLM-F,P-AETNA,Aetna,2025-05-01,2025-05-31,USD,{F_Charge},{F_Charge},PT-6,\"WREN, PERPETUA\",P-MEDI",
            ["CLM-G"] = $"CLM-G,P-AETNA,Aetna,2025-05-01,2025-05-31,USD,{G_Charge},{G_Charge},PT-7,,",
            ["CLM-H"] = $"CLM-H,P-AETNA,Aetna,2025-05-01,2025-05-31,USD,{H_Charge},{H_Charge},PT-8,,P-MEDI",
        };
        return Night.InvoicesHeader.TrimEnd('\n') + ",patient_id,patient_name,secondary_payer_id\n" + string.Concat(claims.Select(c => rows[c] + "\n"));
    }

    [OneTimeSetUp]
    public void RunThreeNights()
    {
        _folder = new TempFolder();
        _config = ConsoleProcess.PrivateConfig(_folder);
        Run(Night1, Export("CLM-E", "CLM-F", "CLM-G", "CLM-H"), ("aetna-0602.835", AetnaNight1));
        Run(Night2, Export("CLM-E", "CLM-F", "CLM-G"), ("medi-0603.835", MediNight2));
        Run(Night3, Export("CLM-F", "CLM-G"), ("medi-0604.835", MediNight3), ("aetna-0604.835", AetnaNight3));
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    private void Run(string asOf, string export, params (string Name, string Text)[] remittances)
    {
        _folder.Write("invoices.csv", export);
        foreach (var (name, text) in remittances) _folder.Write($"inbox/{name}", text);
        _runs[asOf] = ConsoleProcess.Run(_folder.Path, "run", "--config", _config, "--inbox", _folder.File("inbox"),
            "--invoices", _folder.File("invoices.csv"), "--as-of", asOf, "--out", _folder.File($"out-{asOf}"), "--db", _folder.File("r.db"));
    }

    private IReadOnlyList<Dictionary<string, string>> Report(string asOf, string file) => ReportFiles.Rows(_folder.File($"out-{asOf}/{file}"));

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);

    private Dictionary<string, decimal> OwedBy(string asOf) => Report(asOf, "aging.csv").Where(r => r["customer_id"].Length > 0 && Amount(r["total"]) != 0m)
        .GroupBy(r => r["responsible"]).ToDictionary(g => g.Key, g => g.Sum(r => Amount(r["total"])));

    [Test]
    public void EveryNight_RunsCleanly()
    {
        foreach (var (asOf, run) in _runs) Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), $"{asOf}: {run.Error}");
    }

    [Test]
    public void AgingByResponsibleParty_FollowsWhoPaidAndWhoTookItBack()
    {
        Assert.That(OwedBy(Night1), Is.EquivalentTo(new Dictionary<string, decimal> { ["payer"] = G_Charge + E_Secondary + F_Secondary + H_Secondary }));
        Assert.That(OwedBy(Night2), Is.EquivalentTo(new Dictionary<string, decimal>
        {
            ["payer"] = G_Charge + (E_Secondary - E2_Paid - E2_Coinsurance) + H_Secondary, ["patient"] = E2_Coinsurance,
        }));
        // Medi's reversal reopens CLM-E-SEC and takes its coinsurance back from the patient; the correction pays it again.
        // Aetna's reversal reopens CLM-F by its payment and write-off; what Medi paid on CLM-F-SEC stays paid.
        Assert.That(OwedBy(Night3), Is.EquivalentTo(new Dictionary<string, decimal>
        {
            ["payer"] = F_Paid + F_Co + (E_Secondary - E3_Paid - E3_Coinsurance), ["patient"] = E3_Coinsurance,
        }));
        Assert.That(Report(Night3, "aging.csv").Where(r => r["customer_id"] == "P-MEDI").Sum(r => Amount(r["total"])), Is.Zero);
    }

    [Test]
    public void EachReversal_UndoesOnlyItsSendersPosting()
    {
        var applications = Report(Night3, "applications.csv");
        var undone = applications.Where(a => a["source_kind"] == "claim_payment" && Amount(a["applied_amount"]) < 0m)
            .Select(a => (a["invoice_number"], Amount(a["applied_amount"]))).ToList();
        Assert.That(undone, Is.EquivalentTo(new[] { ("CLM-E-SEC", -E2_Paid), ("CLM-F", -F_Paid) }));
        var moves = applications.Where(a => a["source_kind"] == "adjustment" && a["explanation"].StartsWith("reversal:", StringComparison.Ordinal))
            .Select(a => (a["invoice_number"], Amount(a["applied_amount"]))).ToList();
        Assert.That(moves, Is.EquivalentTo(new[] { ("CLM-E-PR", E2_Coinsurance), ("CLM-E-SEC", -E2_Coinsurance) }),
            "the coinsurance Medi left comes back from the patient; nothing comes back from CLM-F-SEC, which Medi paid");
        var exceptions = Report(Night3, "exceptions.csv").Where(e => e["category"] == "claim_reversal").Select(e => e["invoice_number"]);
        Assert.That(exceptions, Is.EquivalentTo(new[] { "CLM-E-SEC", "CLM-F" }));
    }

    [Test]
    public void TheSecondaryItemOfAClaimBillingDropped_IsPaid()
    {
        var paid = Report(Night3, "applications.csv").Where(a => a["source_kind"] == "claim_payment" && a["invoice_number"] == "CLM-H-SEC");
        Assert.That(paid.Sum(a => Amount(a["applied_amount"])), Is.EqualTo(H_Secondary));
    }

    [Test]
    public void ARerunOfEachNight_WithTheSameRules_PostsItsClaimsAsTheNightDid()
    {
        // The rerun starts from the stored snapshot of the export: it must still know each claim's patient and secondary payer.
        foreach (var asOf in new[] { Night1, Night2, Night3 })
        {
            File.Copy(_folder.File("r.db"), _folder.File($"rerun-{asOf}.db"), overwrite: true);
            var rerun = ConsoleProcess.Run(_folder.Path, "rerun", "--as-of", asOf, "--config", _config, "--out", _folder.File($"rerun-{asOf}"),
                "--db", _folder.File($"rerun-{asOf}.db"));
            Assert.That(rerun.ExitCode, Is.EqualTo(ExitCodes.Success), $"{asOf}: {rerun.Error}");
            Assert.That(File.ReadAllLines(_folder.File($"rerun-{asOf}/rerun-diff.csv")), Has.Length.EqualTo(1), $"{asOf}: only the header");
            static IEnumerable<string> Postings(IEnumerable<Dictionary<string, string>> rows) =>
                rows.Select(a => string.Join("|", a["source_id"], a["invoice_number"], a["customer_id"], a["applied_amount"], a["rule"])).Order(StringComparer.Ordinal);
            Assert.That(Postings(ReportFiles.Rows(_folder.File($"rerun-{asOf}/applications.csv"))), Is.EqualTo(Postings(Report(asOf, "applications.csv"))), asOf);
        }
    }

    [Test]
    public void EveryJournalEntry_Balances()
    {
        foreach (var asOf in new[] { Night1, Night2, Night3 })
            foreach (var entry in Report(asOf, "journal.csv").GroupBy(r => r["entry_id"]))
                Assert.That(entry.Sum(r => Amount(r["debit"])), Is.EqualTo(entry.Sum(r => Amount(r["credit"]))), $"{asOf} {entry.Key}");
    }
}
