using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Cli;

/// <summary>
/// Payer aliases through the console: a reviewer applies unidentified money from "ACME MFG" to Acme's invoice, the next
/// night learns the text, and the night after matches ACME MFG's next payment by itself (rule alias_customer).
/// </summary>
public sealed class PayerAliasConsoleTests
{
    private const string Night1 = "2025-03-14";
    private const string Night2 = "2025-03-15";
    private const string Night3 = "2025-03-16";

    private sealed record Ledger(TempFolder Folder, string Config)
    {
        public string[] Run(string asOf) => ["run", "--config", Config, "--inbox", Folder.File("inbox"), "--invoices", Folder.File("invoices.csv"),
            "--as-of", asOf, "--out", Folder.File($"out-{asOf}"), "--db", Folder.File("r.db")];

        public string[] Aliases(params string[] more) => ["aliases", .. more, "--config", Config, "--db", Folder.File("r.db")];
    }

    private static Ledger Acme()
    {
        var folder = new TempFolder();
        folder.Write("inbox/bank-1.csv", "Date,Description,Amount\n2025-03-14,ACME MFG,150.00\n");
        folder.Write("invoices.csv", Night.InvoicesHeader
            + "INV-1,C-ACME,Acme Manufacturing,2025-02-01,2025-03-03,USD,200.00,200.00\n"
            + "INV-2,C-ACME,Acme Manufacturing,2025-02-05,2025-03-07,USD,80.00,80.00\n"
            + "INV-3,C-1,Globex Corp,2025-02-05,2025-03-07,USD,95.00,95.00\n");
        return new Ledger(folder, ConsoleProcess.PrivateConfig(folder));
    }

    private static IReadOnlyList<(string Source, string Invoice, string Amount, string Rule)> Applications(Ledger ledger, string asOf) =>
        ReportFiles.Rows(ledger.Folder.File($"out-{asOf}/applications.csv"))
            .Select(r => (r["source_id"], r["invoice_number"], r["applied_amount"], r["rule"])).ToList();

    /// <summary>Nights 1 and 2: the payment stays unidentified, the reviewer applies it to INV-1, night 2 applies it.</summary>
    private static Ledger ReviewedAndApplied()
    {
        var ledger = Acme();
        var first = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night1));
        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Success), first.Error);
        Assert.That(Applications(ledger, Night1), Is.Empty, "ACME MFG is not a name of Acme Manufacturing");
        ReviewedWorkbook.Fill(ledger.Folder.File($"out-{Night1}/exceptions.xlsx"), ledger.Folder.File("inbox/decisions/reviewed.xlsx"),
            new ReviewedWorkbook.Entry("unmatched_receipt", "ACME MFG", "Apply", "INV-1", "Acme pays as ACME MFG"));
        var second = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night2));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Success), second.Error);
        Assert.That(Applications(ledger, Night2).Select(a => (a.Invoice, a.Amount, a.Rule)), Is.EqualTo(new[] { ("INV-1", "150.00", "manual") }));
        // The workbook has been taken; left in the inbox, the next night would find its exception resolved and say so.
        File.Delete(ledger.Folder.File("inbox/decisions/reviewed.xlsx"));
        return ledger;
    }

    [Test]
    public void AReviewersApplyOfUnidentifiedMoney_TeachesTheRemitterText_AndItsNextPaymentIsMatchedByAlias()
    {
        var ledger = ReviewedAndApplied();
        using var _f = ledger.Folder;
        ledger.Folder.Write("inbox/bank-3.csv", "Date,Description,Amount\n2025-03-16,ACME MFG,80.00\n");

        var third = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night3));

        Assert.That(third.ExitCode, Is.EqualTo(ExitCodes.Success), third.Error);
        var applied = Applications(ledger, Night3);
        Assert.That(applied.Select(a => (a.Invoice, a.Amount, a.Rule)), Is.EqualTo(new[] { ("INV-2", "80.00", "alias_customer") }));
        Assert.That(applied.Single().Source, Is.Not.EqualTo(Applications(ledger, Night2).Single().Source), "another payment than the one reviewed");
        Assert.That(ReportFiles.Rows(ledger.Folder.File($"out-{Night3}/exceptions.csv")), Is.Empty);
    }

    [Test]
    public void TheAliasesCommand_ListsTheLearnedAlias_AndRemoveForgetsIt_SoTheNextPaymentIsUnidentifiedAgain()
    {
        var ledger = ReviewedAndApplied();
        using var _f = ledger.Folder;
        var exceptionId = ReportFiles.Rows(ledger.Folder.File($"out-{Night1}/exceptions.csv")).Single()["exception_id"];

        var listed = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases());
        var removed = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases("remove", "acme   mfg"));
        var again = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases("remove", "ACME MFG"));
        var after = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases());
        ledger.Folder.Write("inbox/bank-3.csv", "Date,Description,Amount\n2025-03-16,ACME MFG,80.00\n");
        ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night3));

        Assert.That(listed.ExitCode, Is.EqualTo(ExitCodes.Success), listed.Error);
        var row = listed.Out.Split('\n').Single(l => l.StartsWith("ACME MFG", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(row[2..], Is.EqualTo(new[] { "C-ACME", "learned", Night2, exceptionId }));
        Assert.That((removed.ExitCode, removed.Out.Trim()), Is.EqualTo((ExitCodes.Success, "removed the learned alias 'acme   mfg'")));
        Assert.That((again.ExitCode, again.Error.Trim()), Is.EqualTo((ExitCodes.BadUsage, "error: there is no learned alias 'ACME MFG'")));
        Assert.That(after.Out, Does.Not.Contain("ACME MFG"));
        Assert.That(Applications(ledger, Night3), Is.Empty);
    }

    [Test]
    public void AConfiguredAlias_IsListed_MatchesTheFirstPayment_AndCannotBeRemovedByTheCommand()
    {
        var ledger = Acme();
        using var _f = ledger.Folder;
        ledger.Folder.Write("config/aliases.json", """{ "aliases": [ { "text": "acme*", "customer": "C-ACME" } ] }""");
        ledger.Folder.Write("inbox/bank-1.csv", "Date,Description,Amount\n2025-03-14,ACME MFG,80.00\n");

        var run = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night1));
        var listed = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases());
        var remove = ConsoleProcess.Run(ledger.Folder.Path, ledger.Aliases("remove", "ACME*"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(Applications(ledger, Night1).Select(a => (a.Invoice, a.Rule)), Is.EqualTo(new[] { ("INV-2", "alias_customer") }));
        Assert.That(listed.Out.Split('\n').Single(l => l.StartsWith("acme*", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "acme*", "C-ACME", "config" }));
        Assert.That((remove.ExitCode, remove.Error.Trim()), Is.EqualTo((ExitCodes.BadUsage, "error: 'ACME*' is a configured alias; remove it from aliases.json")));
    }

    [Test]
    public void ABadAliasesFile_StopsTheRunAtStartUp_ListingEveryProblem_WithExitCode2()
    {
        var ledger = Acme();
        using var _f = ledger.Folder;
        ledger.Folder.Write("config/aliases.json", """{ "aliases": [ { "text": "ACME MFG" }, { "text": "*", "customer": "C-1" } ] }""");

        var run = ConsoleProcess.Run(ledger.Folder.Path, ledger.Run(Night1));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(run.Error, Does.Contain("aliases.json has 2 problem(s)").And.Contain("aliases[1]: \"customer\" is missing or empty")
            .And.Contain("aliases[2]: text '*' would fit every payer"));
        Assert.That(Directory.Exists(ledger.Folder.File($"out-{Night1}")), Is.False, "nothing ran");
    }
}
