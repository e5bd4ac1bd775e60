using System.Globalization;
using ClosedXML.Excel;
using Reconciler.Runs;
using Reconciler.Tests.Cli;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Medical;

/// <summary>
/// Denials written off, through the console as a billing office works them: night 1 an 835 denies two claims; the
/// reviewer writes one off and appeals the other; night 3 the payer denies the appealed claim again (lost); the reviewer
/// writes that one off too. Each written-off denial is on the worklist once as <c>written_off</c> with the claim's balance,
/// the journal books that balance to the write-offs account, aging drops the claim, and month-end counts them.
/// </summary>
public sealed class DenialWriteOffConsoleTests
{
    private const decimal PaidCharge = 300m, Paid = 240m, PaidCo = 60m, Timely = 400m, NoAuth = 250m, Other = 100m;
    private static readonly string[] Nights = ["2025-04-10", "2025-04-11", "2025-04-12", "2025-04-13"];

    private TempFolder _folder = null!;
    private string _config = null!;
    private readonly Dictionary<string, ConsoleProcess.Result> _runs = [];

    private static string Night1Remittance => ClinicRemittances.Wrap5010("000000501",
        $"BPR*I*{Paid}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250410~"
        + "TRN*1*EFT501*1512345678~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-P*1*{PaidCharge}*{Paid}*0*12*ICNP1~NM1*QC*1*ROE*ALEX****MI*W501~"
        + $"SVC*HC:99213*{PaidCharge}*{Paid}**1~DTM*472*20250301~CAS*CO*45*{PaidCo}~"
        + $"CLP*CLM-T*4*{Timely}*0*0*12*ICNT1~NM1*QC*1*ROE*ALEX****MI*W501~"
        + $"SVC*HC:99214*{Timely}*0**1~DTM*472*20241001~CAS*CO*29*{Timely}~LQ*HE*N211~"
        + $"CLP*CLM-N*4*{NoAuth}*0*0*12*ICNN1~NM1*QC*1*ROE*ALEX****MI*W501~MIA*0***0*N54~"
        + $"SVC*HC:97110*{NoAuth}*0**1~DTM*472*20250305~CAS*CO*197*{NoAuth}~");

    // Night 3: the payer answers the appeal of CLM-N with a second denial, and pays another claim in the same remittance.
    private static string Night3Remittance => ClinicRemittances.Wrap5010("000000503",
        $"BPR*I*{Other}*C*ACH*CCP*01*021000021*DA*1234567*1512345678**01*071000013*DA*7654321*20250412~"
        + "TRN*1*EFT503*1512345678~N1*PR*AETNA~N1*PE*SMITH CLINIC*XX*1234567893~LX*1~"
        + $"CLP*CLM-Q*1*{Other}*{Other}*0*12*ICNQ1~NM1*QC*1*ROE*ALEX****MI*W501~SVC*HC:99212*{Other}*{Other}**1~DTM*472*20250306~"
        + $"CLP*CLM-N*4*{NoAuth}*0*0*12*ICNN3~NM1*QC*1*ROE*ALEX****MI*W501~MIA*0***0*N54~"
        + $"SVC*HC:97110*{NoAuth}*0**1~DTM*472*20250305~CAS*CO*197*{NoAuth}~");

    [OneTimeSetUp]
    public void RunFourNights()
    {
        _folder = new TempFolder();
        _config = ConsoleProcess.PrivateConfig(_folder);
        _folder.Write("invoices.csv", Night.InvoicesHeader.TrimEnd('\n') + ",patient_id\n"
            + $"CLM-P,P-AETNA,Aetna,2025-03-01,2025-03-31,USD,{PaidCharge},{PaidCharge},PT-9\n"
            + $"CLM-T,P-AETNA,Aetna,2024-10-01,2024-10-31,USD,{Timely},{Timely},PT-9\n"
            + $"CLM-N,P-AETNA,Aetna,2025-03-05,2025-04-04,USD,{NoAuth},{NoAuth},PT-9\n"
            + $"CLM-Q,P-AETNA,Aetna,2025-03-06,2025-04-05,USD,{Other},{Other},PT-9\n");

        _folder.Write("inbox/aetna-0410.835", Night1Remittance);
        Run(Nights[0]);
        ReviewedWorkbook.Fill(Out(Nights[0], "exceptions.xlsx"), _folder.File("inbox/decisions/reviewed-0410.xlsx"),
            new ReviewedWorkbook.Entry("claim_denied", "CLM-T", "Write off", Note: "filed too late, cannot be appealed"),
            new ReviewedWorkbook.Entry("claim_denied", "CLM-N", "Appeal", Note: "authorisation was on file"));
        Run(Nights[1]);
        // Taken by the night; an inbox that keeps files would re-read it, and warn once its exceptions are resolved.
        File.Delete(_folder.File("inbox/decisions/reviewed-0410.xlsx"));
        _folder.Write("inbox/aetna-0412.835", Night3Remittance);
        Run(Nights[2]);
        ReviewedWorkbook.Fill(Out(Nights[2], "exceptions.xlsx"), _folder.File("inbox/decisions/reviewed-0412.xlsx"),
            new ReviewedWorkbook.Entry("claim_denied", "CLM-N", "Write off", Note: "appeal lost, not worth a second level"));
        Run(Nights[3]);
    }

    [OneTimeTearDown]
    public void Remove() => _folder.Dispose();

    private void Run(string asOf) => _runs[asOf] = ConsoleProcess.Run(_folder.Path, "run", "--config", _config, "--inbox", _folder.File("inbox"),
        "--invoices", _folder.File("invoices.csv"), "--as-of", asOf, "--out", _folder.File($"out-{asOf}"), "--db", _folder.File("r.db"));

    private string Out(string asOf, string file) => _folder.File($"out-{asOf}/{file}");

    private static decimal Amount(string text) => text.Length == 0 ? 0m : decimal.Parse(text, CultureInfo.InvariantCulture);

    private IEnumerable<(string Claim, string Status)> Denials(string asOf) =>
        ReportFiles.Rows(Out(asOf, "denials.csv")).Select(r => (r["claim_number"], r["status"]));

    [Test]
    public void EveryNight_RunsCleanly()
    {
        foreach (var (asOf, run) in _runs) Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), $"{asOf}: {run.Error}");
    }

    [Test]
    public void TheWorklist_ShowsAWriteOffOnce_AndALostAppealUntilItIsWrittenOff()
    {
        Assert.That(Denials(Nights[0]), Is.EquivalentTo(new[] { ("CLM-N", "open"), ("CLM-T", "open") }));
        Assert.That(Denials(Nights[1]), Is.EquivalentTo(new[] { ("CLM-N", "appealed"), ("CLM-T", "written_off") }));
        Assert.That(Denials(Nights[2]), Is.EquivalentTo(new[] { ("CLM-N", "lost") }), "the second denial answers the appeal; the write-off is resolved");
        Assert.That(Denials(Nights[3]), Is.EquivalentTo(new[] { ("CLM-N", "written_off") }));
    }

    [Test]
    public void TheWorklistSummary_CountsTheMoneyWrittenOff()
    {
        using var workbook = new XLWorkbook(Out(Nights[1], "denials.xlsx"));
        var rows = workbook.Worksheet("Summary").RowsUsed().ToList();
        var writtenOff = rows.Single(r => r.Cell(1).GetString() == "written_off");
        Assert.That((writtenOff.Cell(2).GetValue<int>(), writtenOff.Cell(3).GetValue<decimal>()), Is.EqualTo((1, Timely)));
        Assert.That(rows.Single(r => r.Cell(1).GetString() == "written off").Cell(3).GetValue<decimal>(), Is.EqualTo(Timely));
    }

    [Test]
    public void TheJournal_BooksEachWrittenOffBalance_FromReceivablesToWriteOffs()
    {
        foreach (var (asOf, claim, amount) in new[] { (Nights[1], "CLM-T", Timely), (Nights[3], "CLM-N", NoAuth) })
        {
            var journal = ReportFiles.Rows(Out(asOf, "journal.csv"));
            var entry = journal.Where(r => r["rule"] == "write_off" && r["invoice_number"] == claim).ToList();
            Assert.That(entry.Where(r => r["account"] == "6900").Sum(r => Amount(r["debit"])), Is.EqualTo(amount), $"{asOf}: write_offs (config/accounts.json)");
            Assert.That(entry.Where(r => r["account"] == "1200").Sum(r => Amount(r["credit"])), Is.EqualTo(amount), $"{asOf}: accounts_receivable");
            foreach (var e in journal.GroupBy(r => r["entry_id"]))
                Assert.That(e.Sum(r => Amount(r["debit"])), Is.EqualTo(e.Sum(r => Amount(r["credit"]))), $"{asOf}: {e.Key}");
        }
    }

    [Test]
    public void Aging_DropsEachWrittenOffClaim_AndTheProofsClose()
    {
        decimal Owed(string asOf) => ReportFiles.Rows(Out(asOf, "aging.csv")).Where(r => r["customer_id"] == "P-AETNA").Sum(r => Amount(r["total"]));

        Assert.That(Owed(Nights[0]), Is.EqualTo(Timely + NoAuth + Other));
        Assert.That(Owed(Nights[1]), Is.EqualTo(NoAuth + Other));
        Assert.That(Owed(Nights[2]), Is.EqualTo(NoAuth));
        Assert.That(Owed(Nights[3]), Is.EqualTo(0m));
        foreach (var asOf in Nights)
        {
            var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Out(asOf, "summary.json")));
            foreach (var proof in summary.RootElement.GetProperty("proofs").EnumerateArray())
                Assert.That(proof.GetProperty("difference").ToString(), Is.EqualTo("0.00").Or.EqualTo("0"), $"{asOf}: {proof.GetProperty("name")}");
        }
    }

    [Test]
    public void MonthEnd_CountsTheWrittenOffDenials_AndTheirMoney()
    {
        var report = ConsoleProcess.Run(_folder.Path, "report", "month-end", "--month", "2025-04", "--config", _config, "--db", _folder.File("r.db"),
            "--as-of", Nights[3], "--out", _folder.File("month-end"));

        Assert.That(report.ExitCode, Is.EqualTo(ExitCodes.Success), report.Error);
        var figures = ReportFiles.Rows(_folder.File("month-end/month-end-2025-04.csv")).ToDictionary(r => (r["metric"], r["currency"]), r => Amount(r["value"]));
        Assert.That(figures[("denials_written_off_count", "")], Is.EqualTo(2m));
        Assert.That(figures[("denials_written_off", "USD")], Is.EqualTo(Timely + NoAuth));
        Assert.That(figures[("written_off", "USD")], Is.EqualTo(Timely + NoAuth), "the write-offs of the month are the two denials'");
        Assert.That((figures[("appeals_lost_count", "")], figures[("denials_open_count", "")]), Is.EqualTo((1m, 0m)));
    }
}
