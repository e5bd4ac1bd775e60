using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>A split Apply, from the returned workbook to the next night's applications, through the console.</summary>
public sealed class SplitApplyConsoleTests
{
    private const string Night1 = "2025-03-14";
    private const string Night2 = "2025-03-15";

    private static (TempFolder Folder, Func<string, string[]> Run, string Config) Ledger()
    {
        var folder = new TempFolder();
        folder.Write("inbox/bank.csv", "Date,Description,Amount\n2025-03-14,DEPOSIT UNKNOWN PAYER,150.00\n");
        folder.Write("invoices.csv", Night.InvoicesHeader
            + "INV-1,C-1,Globex Corp,2025-02-01,2025-03-03,USD,100.00,100.00\n"
            + "INV-2,C-1,Globex Corp,2025-02-05,2025-03-07,USD,80.00,80.00\n");
        var config = ConsoleProcess.PrivateConfig(folder);
        return (folder, asOf => ["run", "--config", config, "--inbox", folder.File("inbox"), "--invoices", folder.File("invoices.csv"),
            "--as-of", asOf, "--out", folder.File($"out-{asOf}"), "--db", folder.File("r.db")], config);
    }

    private static IReadOnlyList<(string Invoice, string Amount, string Rule, string Source)> Applications(string csv) =>
        ReportFiles.Rows(csv).Select(r => (r["invoice_number"], r["applied_amount"], r["rule"], r["source_id"])).ToList();

    [Test]
    public void SplitApplyReturnedInTheInbox_IsAppliedTheNextNightWithThoseAmounts()
    {
        var (folder, run, _) = Ledger();
        using var _f = folder;
        Assert.That(ConsoleProcess.Run(folder.Path, run(Night1)).ExitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(Applications(folder.File($"out-{Night1}/applications.csv")), Is.Empty, "nothing tells the deposit's payer");
        ReviewedWorkbook.Fill(folder.File($"out-{Night1}/exceptions.xlsx"), folder.File("inbox/decisions/reviewed.xlsx"),
            new ReviewedWorkbook.Entry("unmatched_receipt", "DEPOSIT UNKNOWN PAYER", "Apply", "INV-1=100.00; INV-2=50.00", "Globex paid two invoices"));

        var second = ConsoleProcess.Run(folder.Path, run(Night2));

        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Error);
        var applied = Applications(folder.File($"out-{Night2}/applications.csv"));
        Assert.That(applied.Select(a => (a.Invoice, a.Amount, a.Rule)), Is.EqualTo(new[] { ("INV-1", "100.00", "manual"), ("INV-2", "50.00", "manual") }));
        Assert.That(applied.Select(a => a.Source).Distinct().Count(), Is.EqualTo(1), "one deposit split over two invoices");
        var aging = ReportFiles.Rows(folder.File($"out-{Night2}/aging.csv")).Single(r => r["customer_id"] == "C-1");
        Assert.That(aging["total"], Is.EqualTo((180.00m - 150.00m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void SplitApplyImportedByTheDecisionsCommand_IsAppliedTheNextNight_AndTheRestOfTheMoneyIsReported()
    {
        var (folder, run, config) = Ledger();
        using var _f = folder;
        ConsoleProcess.Run(folder.Path, run(Night1));
        var reviewed = ReviewedWorkbook.Fill(folder.File($"out-{Night1}/exceptions.xlsx"), folder.File("reviewed.xlsx"),
            new ReviewedWorkbook.Entry("unmatched_receipt", "DEPOSIT UNKNOWN PAYER", "Apply", "INV-2=30.00\nINV-1=70.00"));

        var import = ConsoleProcess.Run(folder.Path, "decisions", "import", reviewed, "--config", config, "--db", folder.File("r.db"));
        var second = ConsoleProcess.Run(folder.Path, run(Night2));

        Assert.That(import.ExitCode, Is.EqualTo(ExitCodes.Success), import.Error);
        Assert.That(Applications(folder.File($"out-{Night2}/applications.csv")).Select(a => (a.Invoice, a.Amount, a.Rule)),
            Is.EquivalentTo(new[] { ("INV-1", "70.00", "manual"), ("INV-2", "30.00", "manual") }));
        var rest = ReportFiles.Rows(folder.File($"out-{Night2}/exceptions.csv")).Single();
        Assert.That((rest["category"], rest["amount"]), Is.EqualTo(("overpayment", (150.00m - 70.00m - 30.00m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Error);
    }

    [TestCase("INV-1=100.00; INV-2=60.00", "the amounts add up to 160.00 USD, more than the 150.00 USD of the money")]
    [TestCase("INV-1=120.00; INV-2=30.00", "INV-1 owes 100.00 USD, less than the 120.00 to apply to it")]
    [TestCase("INV-1=1OO.00", "'1OO.00' (for INV-1) is not an amount")]
    [TestCase("INV-9=50.00", "invoice INV-9 is not open: it is not among the open items of the latest night")]
    [TestCase("INV-1=50.00; INV-2", "'INV-2' has no amount")]
    public void SplitApplyThatCannotBeTaken_IsRefusedByTheDecisionsCommand_NamingTheSheetAndRow(string applyTo, string message)
    {
        var (folder, run, config) = Ledger();
        using var _f = folder;
        ConsoleProcess.Run(folder.Path, run(Night1));
        var reviewed = ReviewedWorkbook.Fill(folder.File($"out-{Night1}/exceptions.xlsx"), folder.File("reviewed.xlsx"),
            new ReviewedWorkbook.Entry("unmatched_receipt", "DEPOSIT UNKNOWN PAYER", "Apply", applyTo));

        var import = ConsoleProcess.Run(folder.Path, "decisions", "import", reviewed, "--config", config, "--db", folder.File("r.db"));

        Assert.That(import.ExitCode, Is.EqualTo(ExitCodes.CompletedWithProblems));
        Assert.That(import.Error, Does.Contain("error: reviewed.xlsx, sheet unmatched_receipt, row 2: ").And.Contain(message));
        Assert.That(import.Error, Does.Contain("Nothing was recorded"));
    }
}
