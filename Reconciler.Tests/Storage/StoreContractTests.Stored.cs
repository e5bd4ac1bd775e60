using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void FileProblems_ListQuarantinedFilesAndUnbalancedStatements_OfThatNightOnly()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        const string bad = "Date,Description,Amount\n2025-03-14,A,oops\n";
        Import(store, 'j', "R1", Night1, bad, "bad.csv");
        Import(store, 'j', "R1", Night1, bad, "bad-again.csv");
        Import(store, 'k', "R1", Night1, "Date,Description,Amount,Balance\n2025-03-14,A,100.00,1100.00\n2025-03-14,B,50.00,1200.00\n", "running.csv");
        Import(store, 'l', "R1", Night1, "Date,Description,Amount,Balance\n2025-03-14,A,100.00,1100.00\n2025-03-14,B,50.00,1150.00\n", "fine.csv");
        store.StartRun("R2", Night2, "console", "h", At);
        Import(store, 'm', "R2", Night2, "Date,Description,Amount\n2025-03-15,B,nope\n", "later.csv");

        var problems = store.FileProblems(Night1);

        Assert.That(problems.Select(p => (p.Kind, p.FileName, p.ContentHash)),
            Is.EqualTo(new[] { ("quarantined", "bad-again.csv", Hash('j')), ("out_of_balance", "running.csv", Hash('k')) }));
        Assert.That(problems[0].Detail, Does.Contain("oops"));
        Assert.That((problems[1].StatementOrdinal, problems[1].Closing), Is.EqualTo((1, (decimal?)null)));
        Assert.That(problems[1].Detail, Does.Contain("running balance breaks"));
        Assert.That(store.FileProblems(Night2).Select(p => p.FileName), Is.EqualTo(new[] { "later.csv" }));
    }

    [Test]
    public void LoadRun_ReturnsWhatANightStored_AndNothingForAnUnknownNight()
    {
        using var store = CreateStore();
        var invoice = new OpenItem("INV-1", "C-1", "Globex", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 100m, 80m);
        var application = Applied("INV-1", 30m) with { CashDate = Night1 };
        var settlement = new Settlement("L-2", 99.5m, "USD", "stripe", "po_1", 100m, "settled", "payout") { BatchKey = "stripe:po_1", Explanation = "fees 0.50" };
        var discrepancy = Unmatched("L-3", 12.34m);
        store.StartRun("R1", Night1, "console", "h", At);
        var import = Import(store, 'n', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,1.00\n", "bank.csv");
        store.LinkImport("R1", import.ImportId, Reconciler.Storage.ImportStatus.Ingested);
        store.CompleteRun(Completed("R1", Night1, openItems: [invoice], exceptions: [(discrepancy, Night1.AddDays(-3))]) with
        {
            Matching = new MatchingResult([application], [settlement], [], new Dictionary<string, decimal> { ["L-3"] = 12.34m }),
            ExportedOpen = new Dictionary<string, decimal> { ["INV-1"] = 90m },
        });

        var stored = store.LoadRun(Night1);

        Assert.That(stored?.Run.RunId, Is.EqualTo("R1"));
        Assert.That(stored!.Inputs.Select(i => (i.File, i.Format, i.Records, i.Status)), Is.EqualTo(new[] { ("bank.csv", "csv", 1, "ingested") }));
        Assert.That(stored.OpenItems, Is.EqualTo(new[] { invoice }));
        Assert.That(stored.ExportedOpen, Is.EqualTo(new Dictionary<string, decimal> { ["INV-1"] = 90m }));
        Assert.That(stored.Applications, Is.EqualTo(new[] { application }));
        Assert.That(stored.Settlements, Is.EqualTo(new[] { settlement }));
        Assert.That(stored.Exceptions.Select(e => (e.Discrepancy.Id, e.Discrepancy.Amount, e.FirstSeen)), Is.EqualTo(new[] { (discrepancy.Id, (decimal?)12.34m, Night1.AddDays(-3)) }));
        Assert.That(stored.Unapplied, Is.EqualTo(new Dictionary<string, decimal> { ["L-3"] = 12.34m }));
        Assert.That(store.LoadRun(Night2), Is.Null);
        Assert.That(store.LoadRun(Night2, orEarlier: true)?.Run.RunId, Is.EqualTo("R1"));
        Assert.That(store.LoadRun(Night1.AddDays(-1), orEarlier: true), Is.Null);
    }
}
