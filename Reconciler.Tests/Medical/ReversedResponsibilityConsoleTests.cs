using System.Globalization;
using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Medical;

/// <summary>
/// A payer reverses (CLP02 22) two claims whose posting moved what it did not pay: one to the patient (<c>-PR</c>), one to
/// the secondary payer (<c>-SEC</c>). Through the console over two nights: the moves are undone with the payments, the
/// journal moves the money back from the patient's receivable to the payer's, and the patient's item leaves aging and
/// the patient statements.
/// </summary>
public sealed class ReversedResponsibilityConsoleTests
{
    private const string Night1 = "2025-05-05", Night2 = "2025-05-06";
    private const decimal A_Charge = 500m, A_Paid = 350m, A_Co = 50m, A_Deductible = 60m, A_Coinsurance = 40m;
    private const decimal B_Charge = 300m, B_Paid = 200m, B_Co = 40m, B_Coinsurance = 60m;
    private const decimal C_Charge = 600m;

    private TempFolder _folder = null!;
    private string _config = null!;
    private readonly Dictionary<string, ConsoleProcess.Result> _runs = [];

    private static string Primary => ClinicRemittances.Wrap5010("000000601",
        $"BPR*I*{A_Paid + B_Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250505~"
        + "TRN*1*EFT601*1512345678~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + Claim("1", 1, "ICNA1")
        + $"CLP*CLM-B*1*{B_Charge}*{B_Paid}*{B_Coinsurance}*12*ICNB1~NM1*QC*1*DOE*SAM****MI*W602~"
        + $"SVC*HC:99213*{B_Charge}*{B_Paid}**1~DTM*472*20250402~CAS*CO*45*{B_Co}~CAS*PR*2*{B_Coinsurance}~");

    // Night 2: the payer takes both claims back (every amount negated) in a remittance that also pays CLM-C.
    private static string Reversals => ClinicRemittances.Wrap5010("000000602",
        $"BPR*I*{C_Charge - A_Paid - B_Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250506~"
        + "TRN*1*EFT602*1512345678~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-C*1*{C_Charge}*{C_Charge}*0*12*ICNC1~NM1*QC*1*DOE*SAM****MI*W602~SVC*HC:99215*{C_Charge}*{C_Charge}**1~DTM*472*20250403~"
        + Claim("22", -1, "ICNA1")
        + $"CLP*CLM-B*22*{-B_Charge}*{-B_Paid}*{-B_Coinsurance}*12*ICNB1~NM1*QC*1*DOE*SAM****MI*W602~"
        + $"SVC*HC:99213*{-B_Charge}*{-B_Paid}**1~DTM*472*20250402~CAS*CO*45*{-B_Co}~CAS*PR*2*{-B_Coinsurance}~");

    private static string Claim(string status, int sign, string icn) =>
        $"CLP*CLM-A*{status}*{sign * A_Charge}*{sign * A_Paid}*{sign * (A_Deductible + A_Coinsurance)}*12*{icn}~NM1*QC*1*ROE*ALEX****MI*W601~"
        + $"SVC*HC:99214*{sign * A_Charge}*{sign * A_Paid}**1~DTM*472*20250401~CAS*CO*45*{sign * A_Co}~CAS*PR*1*{sign * A_Deductible}**2*{sign * A_Coinsurance}~";

    [OneTimeSetUp]
    public void RunTwoNights()
    {
        _folder = new TempFolder();
        _config = ConsoleProcess.PrivateConfig(_folder);
        _folder.Write("invoices.csv", Night.InvoicesHeader.TrimEnd('\n') + ",patient_id,patient_name,secondary_payer_id\n"
            + $"CLM-A,P-AETNA,Aetna,2025-04-01,2025-05-01,USD,{A_Charge},{A_Charge},PT-1,\"ROE, ALEX\",\n"
            + $"CLM-B,P-AETNA,Aetna,2025-04-02,2025-05-02,USD,{B_Charge},{B_Charge},PT-2,\"DOE, SAM\",P-MEDI\n"
            + $"CLM-C,P-AETNA,Aetna,2025-04-03,2025-05-03,USD,{C_Charge},{C_Charge},PT-2,\"DOE, SAM\",\n");
        _folder.Write("inbox/aetna-0505.835", Primary);
        Run(Night1);
        _folder.Write("inbox/aetna-0506.835", Reversals);
        Run(Night2);
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    private void Run(string asOf) => _runs[asOf] = ConsoleProcess.Run(_folder.Path, "run", "--config", _config, "--inbox", _folder.File("inbox"),
        "--invoices", _folder.File("invoices.csv"), "--as-of", asOf, "--out", _folder.File($"out-{asOf}"), "--db", _folder.File("r.db"));

    private IReadOnlyList<Dictionary<string, string>> Report(string asOf, string file) => ReportFiles.Rows(_folder.File($"out-{asOf}/{file}"));

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);

    private Dictionary<string, decimal> Aging(string asOf) => Report(asOf, "aging.csv").Where(r => r["customer_id"].Length > 0)
        .ToDictionary(r => r["customer_id"], r => Amount(r["total"]));

    [Test]
    public void BothNights_RunCleanly_WithTheirProofsClosed()
    {
        foreach (var (asOf, run) in _runs) Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), $"{asOf}: {run.Error}");
    }

    [Test]
    public void TheReversal_TakesThePatientsAndTheSecondaryPayersItemsBack_ToThePayer()
    {
        Assert.That(Aging(Night1), Is.EquivalentTo(new Dictionary<string, decimal>
        {
            ["P-AETNA"] = C_Charge, ["PT-1"] = A_Deductible + A_Coinsurance, ["P-MEDI"] = B_Coinsurance,
        }));
        // The reversed claims owe their whole charges again, and nobody else owes anything for them.
        Assert.That(Aging(Night2), Is.EquivalentTo(new Dictionary<string, decimal> { ["P-AETNA"] = A_Charge + B_Charge }));
    }

    [Test]
    public void TheJournal_MovesTheMoneyBack_FromThePatientsReceivableToThePayers()
    {
        var journal = Report(Night2, "journal.csv");
        foreach (var entry in journal.GroupBy(r => r["entry_id"]))
            Assert.That(entry.Sum(r => Amount(r["debit"])), Is.EqualTo(entry.Sum(r => Amount(r["credit"]))), entry.Key);
        var back = journal.Where(r => r["memo"].Contains("CLM-A-PR", StringComparison.Ordinal)).ToList();
        Assert.That(back.Where(r => r["account"] == "1210").Sum(r => Amount(r["credit"])), Is.EqualTo(A_Deductible + A_Coinsurance), "patient_receivable");
        Assert.That(back.Where(r => r["account"] == "1200").Sum(r => Amount(r["debit"])), Is.EqualTo(A_Deductible + A_Coinsurance), "accounts_receivable");
        Assert.That(back.Sum(r => Amount(r["debit"]) - Amount(r["credit"])), Is.Zero);
    }

    [Test]
    public void ThePatientStatement_IsGoneAfterTheReversal()
    {
        string[] Statements(string asOf)
        {
            var outDir = _folder.File($"statements-{asOf}");
            var run = ConsoleProcess.Run(_folder.Path, "report", "statements", "--patients", "--as-of", asOf, "--config", _config, "--db", _folder.File("r.db"), "--out", outDir);
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
            var folder = Path.Combine(outDir, "statements", "patients");
            return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.html").Select(f => Path.GetFileName(f)).ToArray() : [];
        }

        Assert.That(Statements(Night1), Is.EquivalentTo(new[] { "PT-1-USD.html" }));
        Assert.That(Statements(Night2), Is.Empty);
    }
}
