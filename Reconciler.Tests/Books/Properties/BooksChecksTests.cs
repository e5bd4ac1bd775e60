using System.Text.RegularExpressions;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// The property's checks can fail: a real night's reports pass them, and the same reports with one figure changed
/// (an unbalanced journal line, a proof that does not close, an aging row off, a lost payment) do not.
/// </summary>
public sealed class BooksChecksTests
{
    private static readonly BooksCase OneNight = new(0, 1,
        [new("INV-1001", "C-ACME", "ACME MANUFACTURING", "USD", 500.00m, 0), new("INV-1002", "C-NORDIC", "NORDIC HEALTH AB", "EUR", 300.00m, 0),
         new("CLM-24001", "P-AETNA", "AETNA", "USD", 200.00m, 0)],
        [
            new(1, 0, EventKind.ExactPayment, "USD", 500.00m, ["INV-1001"]) { Payer = "ACME MANUFACTURING" },
            new(2, 0, EventKind.ShortPayment, "EUR", 250.00m, ["INV-1002"]) { Payer = "NORDIC HEALTH AB" },
            new(3, 0, EventKind.ClaimPaid, "USD", 150.00m, ["CLM-24001"]) { Contractual = 30.00m, Patient = 20.00m },
            new(4, 0, EventKind.EraDeposit, "USD", 0m, []),
        ]);

    private Night _night = null!;
    private CaseRunner.NightRun _run = null!;
    private TempFolder _copies = null!;

    [OneTimeSetUp]
    public void RunTheNight()
    {
        (_night, _copies) = (new Night(), new TempFolder());
        _run = CaseRunner.RunNight(_night, OneNight, 0);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        _night.Dispose();
        _copies.Dispose();
    }

    [Test]
    public void TheNightAsReported_PassesEveryCheck()
    {
        Assert.That(_run.Unread, Is.Null);
        Assert.That(_run.Written, Has.Count.EqualTo(4), "two bank lines, the claim, and the 835's deposit");
        Assert.That(Check(_run.Reports), Is.Null);
    }

    [TestCase("journal.csv", @"(JE-\d+-000001,[^,]*,[^,]*,)(\d+\.\d\d)", "${1}1.00", "journal_unbalanced")]
    [TestCase("summary.json", "(\"closing\": ?\")([0-9.]+)", "${1}0.01", "proof_open")]
    [TestCase("aging.csv", @"(C-NORDIC,[^,]*,EUR,)([0-9.-]+)", "${1}7.00", "aging_row")]
    [TestCase("applications.csv", @"\n[^\n]*bank_line[^\n]*INV-1001[^\n]*", "", "lost")]
    public void AReportWithOneFigureChanged_FailsItsCheck(string report, string pattern, string replacement, string kind)
    {
        var copy = Path.Combine(_copies.Path, kind);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(_run.Reports)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var text = File.ReadAllText(Path.Combine(copy, report));
        var changed = new Regex(pattern).Replace(text, replacement, 1);
        Assert.That(changed, Is.Not.EqualTo(text), "the change applies");
        File.WriteAllText(Path.Combine(copy, report), changed);

        Assert.That(Check(copy)?.Kind, Is.EqualTo(kind));
    }

    private Failure? Check(string reports) => BooksChecks.Night(reports, null, _run.Written, ["USD", "EUR"]);
}
