using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void WhatANightLeftUnapplied_IsWhatTheNextNightStartsFrom()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'g', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n2025-03-14,PAYMENT INV-2,50.00\n");
        var lines = store.LoadOutstandingCash(Night1).Select(c => c.Transaction.Id).ToList();

        store.CompleteRun(Completed("R1", Night1, new Dictionary<string, decimal> { [lines[0]] = 25.5m, [lines[1]] = 0m }));

        var next = store.LoadOutstandingCash(Night2);
        Assert.That(next.Select(c => (c.Transaction.Id, c.Remaining, c.IngestedAsOf)), Is.EqualTo(new[] { (lines[0], 25.5m, Night1) }));
    }

    [Test]
    public void ALinesPosition_IsWhereTheLatestNightThatConsideredItLeftIt_NotTheLatestNight()
    {
        var night3 = Night2.AddDays(1);
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'p', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n2025-03-14,PAYMENT INV-2,50.00\n");
        var lines = store.LoadOutstandingCash(Night1).Select(c => c.Transaction.Id).ToList();
        store.CompleteRun(Completed("R1", Night1, new Dictionary<string, decimal> { [lines[0]] = 0m, [lines[1]] = 30m }));
        // Night 2 considers only what was left (the second line), is run twice, and the rerun is what counts.
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2, new Dictionary<string, decimal> { [lines[1]] = 20m }));
        store.StartRun("R2b", Night2, "rerun", "h", At.AddDays(1).AddHours(1));
        store.CompleteRun(Completed("R2b", Night2, new Dictionary<string, decimal> { [lines[1]] = 10m }));

        Assert.That(store.LoadOutstandingCash(Night2).Select(c => (c.Transaction.Id, c.Remaining)), Is.EqualTo(new[] { (lines[1], 30m) }),
            "night 2 starts from night 1");
        Assert.That(store.LoadOutstandingCash(night3).Select(c => (c.Transaction.Id, c.Remaining)), Is.EqualTo(new[] { (lines[1], 10m) }),
            "the first line, applied in full on night 1 and not considered since, stays applied");
    }

    [Test]
    public void FailedAndCompletedRuns_AreListedNewestFirst()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        store.FailRun("R1", "the inbox vanished", At.AddMinutes(1));
        store.StartRun("R2", Night1, "schedule", "h", At.AddMinutes(2));
        store.CompleteRun(Completed("R2", Night1));

        var runs = store.Runs(10);

        Assert.That(runs.Select(r => (r.RunId, r.Status.Text(), r.Trigger)), Is.EqualTo(new[] { ("R2", "completed", "schedule"), ("R1", "failed", "console") }));
        Assert.That(runs[1].Message, Is.EqualTo("the inbox vanished"));
        Assert.That(runs[1].StartedAt, Is.EqualTo(At));
        Assert.That(runs[0].AsOf, Is.EqualTo(Night1));
        Assert.That(store.Runs(1), Has.Count.EqualTo(1));
    }

    [Test]
    public void RerunOfANight_SupersedesTheEarlierRun()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, applications: [Applied("INV-1", 10m)]));
        store.StartRun("R1b", Night1, "rerun", "h", At.AddHours(1));
        store.CompleteRun(Completed("R1b", Night1, applications: [Applied("INV-1", 7m)]));

        Assert.That(store.Runs(5).Select(r => (r.RunId, r.Status.Text())), Is.EqualTo(new[] { ("R1b", "completed"), ("R1", "superseded") }));
        Assert.That(store.PriorPayments(Night2).Select(p => p.Amount), Is.EqualTo(new[] { 7m }));
    }

    [Test]
    public void ADiscrepancyFoundAgain_KeepsItsFirstSeenDate()
    {
        using var store = CreateStore();
        var discrepancy = Unmatched("L-1", 12.34m);
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [(discrepancy, Night1)]));
        store.StartRun("R2", Night2, "console", "h", At);
        store.CompleteRun(Completed("R2", Night2, exceptions: [(discrepancy, Night1)]));

        Assert.That(store.FirstSeen([discrepancy.Id, "unknown"], Night2.AddDays(1)), Is.EqualTo(new Dictionary<string, DateOnly> { [discrepancy.Id] = Night1 }));
        var carried = store.PreviousExceptions(Night2.AddDays(1));
        Assert.That(carried.Select(c => (c.Discrepancy.Id, c.Discrepancy.Amount, c.FirstSeen)), Is.EqualTo(new[] { (discrepancy.Id, (decimal?)12.34m, Night1) }));
    }

    [Test]
    public void FirstSeen_OfMoreIdsThanAStatementHasParameters_FindsEveryKnownOne()
    {
        using var store = CreateStore();
        var known = Enumerable.Range(1, 3).Select(n => Unmatched($"L-{n}", n)).ToList();
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [.. known.Select(d => (d, Night1))]));

        // 2,500 ids (SQL Server's limit is 2,100 parameters a statement), the known ones among them, one of them twice.
        var asked = Enumerable.Range(0, 2_497).Select(n => $"unknown-{n}").Concat(known.Select(d => d.Id)).Append(known[0].Id).Reverse().ToList();
        Assert.That(store.FirstSeen(asked, Night2), Is.EquivalentTo(known.ToDictionary(d => d.Id, _ => Night1)));
    }

    [Test]
    public void OpenItemsAndBalances_OfTheLatestNight_AreRemembered()
    {
        using var store = CreateStore();
        var invoice = new OpenItem("INV-1", "C-1", "Globex", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 100m, 80m);
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, applications: [Applied("INV-1", 30m)], openItems: [invoice]));

        Assert.That(store.PreviousOpenItems(Night2), Is.EqualTo(new[] { invoice }));
        Assert.That(store.PreviousBalances(Night2)["INV-1"], Is.EqualTo(new PreviousBalance(80m, 50m)));
        Assert.That(store.PreviousOpenItems(Night1), Is.Empty);
    }

    [Test]
    public void LinkingAnImportTwice_KeepsOneLink()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        var import = Import(store, 'h', "R1", Night1, "Date,Description,Amount\n2025-03-14,A,1.00\n");
        store.StartRun("R2", Night2, "console", "h", At);

        store.LinkImport("R2", import.ImportId, ImportStatus.AlreadyIngested);
        Assert.That(() => store.LinkImport("R2", import.ImportId, ImportStatus.AlreadyIngested), Throws.Nothing);
    }

    [Test]
    public void Explain_TellsABankLinesStory_AndNothingOfAnUnknownId()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'i', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n");
        var line = store.LoadOutstandingCash(Night1).Single().Transaction.Id;
        store.CompleteRun(Completed("R1", Night1, applications: [Applied("INV-1", 100m, line)]));

        var story = store.Explain(line);

        Assert.That(story?.BankLines.Single().LineId, Is.EqualTo(line));
        Assert.That(story!.Applications.Select(a => (a.Night, a.Applied, a.Currency, a.InvoiceNumber)), Is.EqualTo(new[] { (Night1, 100m, "USD", "INV-1") }));
        Assert.That(store.Explain("nothing-like-it"), Is.Null);
    }

    protected static Application Applied(string invoice, decimal amount, string source = "L-1") =>
        new("bank_line", source, "bank.csv", invoice, "C-1", amount, "USD", "reference", 0.95m, "the reference names it");
}
