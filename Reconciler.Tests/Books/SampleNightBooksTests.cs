using Reconciler.Runs;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

/// <summary>The shipped sample nights (all four), run through the console on one database: their journals balance and their proofs close.</summary>
public sealed class SampleNightBooksTests
{
    private static readonly string[] Nights = [.. SampleNights.All.Select(n => n.AsOf)];
    private static readonly IEnumerable<TestCaseData> NextNights = Nights.Skip(1).Select((night, i) => new TestCaseData(Nights[i], night));
    private TempFolder _folder = null!;

    [OneTimeSetUp]
    public void RunTheNights()
    {
        _folder = new TempFolder();
        foreach (var (step, result) in SampleNights.Run(_folder, ConsoleProcess.PrivateConfig(_folder)))
            Assert.That(result.ExitCode, Is.Not.EqualTo(ExitCodes.Failed), $"{step}: {result.Error}");
    }

    [OneTimeTearDown]
    public void RemoveFolder() => _folder.Dispose();

    private string Report(string night, string name) => _folder.File(Path.Combine(night, name));

    [TestCaseSource(nameof(Nights))]
    public void EveryJournalEntry_BalancesPerCurrency_AndEachLineIsADebitOrACredit(string night)
    {
        var balances = BooksFiles.EntryBalances(Report(night, "journal.csv"));

        Assert.That(balances, Is.Not.Empty);
        Assert.That(balances.Where(b => b.Value != 0m).Select(b => $"{b.Key}: {b.Value}"), Is.Empty);
        Assert.That(BooksFiles.OneSidedViolations(Report(night, "journal.csv")), Is.Zero);
    }

    [TestCaseSource(nameof(Nights))]
    public void ReceivablesRollForward_ClosesOnTheAgingTotalOfEachCurrency(string night)
    {
        var aging = BooksFiles.AgingTotals(Report(night, "aging.csv"));
        var proofs = BooksFiles.Proofs(Report(night, "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward").ToList();

        Assert.That(proofs.Select(p => (string)p["currency"]!), Is.EquivalentTo(aging.Keys));
        foreach (var proof in proofs)
        {
            Assert.That(BooksFiles.Figure(proof, "closing"), Is.EqualTo(aging[(string)proof["currency"]!]), $"{proof["currency"]} closing");
            Assert.That(BooksFiles.Recomputed(proof), Is.Zero, $"{proof["currency"]} roll-forward");
            Assert.That(BooksFiles.Figure(proof, "difference"), Is.Zero);
        }
    }

    [TestCaseSource(nameof(NextNights))]
    public void EachNight_OpensItsReceivablesWhereThePreviousClosed(string previous, string night)
    {
        var closed = BooksFiles.Proofs(Report(previous, "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward")
            .ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "closing"));
        var opened = BooksFiles.Proofs(Report(night, "summary.json")).Where(p => (string)p["name"]! == "ar_rollforward")
            .ToDictionary(p => (string)p["currency"]!, p => BooksFiles.Figure(p, "opening"));

        Assert.That(opened, Is.EquivalentTo(closed));
    }

    [TestCaseSource(nameof(Nights))]
    public void EveryCashProof_Closes(string night)
    {
        var proofs = BooksFiles.Proofs(Report(night, "summary.json")).Where(p => (string)p["name"]! == "cash").ToList();

        Assert.That(proofs.Select(BooksFiles.Recomputed), Is.All.Zero);
        Assert.That(proofs.Select(p => BooksFiles.Figure(p, "difference")), Is.All.Zero);
    }

    [Test]
    public void CashProof_OfTheFirstNight_OpensWithTheBankCreditsOfEachAccount_AndCloses()
    {
        // On the first night of a ledger every bank line is new: the proof opens with the credits deposits.csv lists.
        var credits = ReportFiles.Rows(Report(Nights[0], "deposits.csv")).Where(r => BooksFiles.Amount(r["amount"]) > 0m)
            .GroupBy(r => (r["bank_account"], r["currency"])).ToDictionary(g => g.Key, g => g.Sum(r => BooksFiles.Amount(r["amount"])));
        var proofs = BooksFiles.Proofs(Report(Nights[0], "summary.json")).Where(p => (string)p["name"]! == "cash").ToList();

        Assert.That(proofs.ToDictionary(p => ((string)p["bank_account"]!, (string)p["currency"]!), p => BooksFiles.Figure(p, "opening")), Is.EquivalentTo(credits));
        Assert.That(proofs.Select(BooksFiles.Recomputed), Is.All.Zero);
    }

    [Test]
    public void JournalCashDebits_EqualTheNightsNewBankCredits()
    {
        var credits = ReportFiles.Rows(Report(Nights[0], "deposits.csv")).Where(r => BooksFiles.Amount(r["amount"]) > 0m).Sum(r => BooksFiles.Amount(r["amount"]));
        var cashCodes = new[] { "1000", "1010", "1011", "1020" }; // config/accounts.json's cash accounts
        var debits = ReportFiles.Rows(Report(Nights[0], "journal.csv")).Where(r => cashCodes.Contains(r["account"])).Sum(r => BooksFiles.Amount(r["debit"]));

        Assert.That(debits, Is.EqualTo(credits));
    }
}
