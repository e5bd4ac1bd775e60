using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

/// <summary>
/// The money a night starts from is read from what the latest night before left open plus the lines read since; these check
/// it is still each line's last position, including when the latest night cannot tell (an earlier night rerun, a file read later).
/// </summary>
public abstract partial class StoreContractTests
{
    [Test]
    public void TheBacklog_IsWhatTheLatestNightLeftOpen_AndTheLinesReadSince()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'q', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n2025-03-14,PAYMENT INV-2,50.00\n");
        var first = store.LoadOutstandingCash(Night1).Select(c => c.Transaction.Id).ToList();
        store.CompleteRun(Completed("R1", Night1, new Dictionary<string, decimal> { [first[0]] = 0m, [first[1]] = 30m }));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        Import(store, 'r', "R2", Night2, "Date,Description,Amount\n2025-03-15,PAYMENT INV-3,70.00\n", "second.csv");
        var second = store.LoadOutstandingCash(Night2).Select(c => c.Transaction.Id).Except(first).Single();
        store.CompleteRun(Completed("R2", Night2, new Dictionary<string, decimal> { [first[1]] = 10m, [second] = 20m }));
        store.StartRun("R3", Night3, "console", "h", At.AddDays(2));
        Import(store, 's', "R3", Night3, "Date,Description,Amount\n2025-03-16,PAYMENT INV-4,9.00\n", "third.csv");

        var third = store.LoadOutstandingCash(Night3);

        var expected = new[] { (first[1], 10m), (second, 20m), (third.Single(c => c.Transaction.Amount == 9m).Transaction.Id, 9m) }
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ToArray();
        Assert.That(third.Select(c => (c.Transaction.Id, c.Remaining)), Is.EqualTo(expected));
        Assert.That(store.OutstandingCashAmounts(Night3), Is.EqualTo(expected));
    }

    [Test]
    public void AfterAnEarlierNightIsRerun_WhatItLeftOpenThatTheLatestNightNeverSaw_IsStillOutstanding()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 't', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n2025-03-14,PAYMENT INV-2,50.00\n");
        var lines = store.LoadOutstandingCash(Night1).Select(c => c.Transaction.Id).ToList();
        store.CompleteRun(Completed("R1", Night1, new Dictionary<string, decimal> { [lines[0]] = 0m, [lines[1]] = 30m }));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2, new Dictionary<string, decimal> { [lines[1]] = 10m }));
        // Night 1 rerun after night 2: it leaves 5.00 of the first line, which night 2 (from the first run) never considered.
        store.StartRun("R1b", Night1, "rerun", "h", At.AddDays(2));
        store.CompleteRun(Completed("R1b", Night1, new Dictionary<string, decimal> { [lines[0]] = 5m, [lines[1]] = 30m }) with { FinishedAt = At.AddDays(2) });

        Assert.That(store.LoadOutstandingCash(Night3).Select(c => (c.Transaction.Id, c.Remaining)), Is.EqualTo(new[] { (lines[0], 5m), (lines[1], 10m) }));
        Assert.That(store.OutstandingCashAmounts(Night3), Is.EqualTo(new[] { (lines[0], 5m), (lines[1], 10m) }));
    }

    [Test]
    public void AFileOfAnEarlierNightReadAfterTheLatestNight_IsOutstanding()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'u', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n");
        var applied = store.LoadOutstandingCash(Night1).Single().Transaction.Id;
        store.CompleteRun(Completed("R1", Night1, new Dictionary<string, decimal> { [applied] = 0m }));
        store.StartRun("R2", Night2, "console", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2));
        // A run of night 1 started after night 2 reads a file, then fails: its line was read for night 1 and no night considered it.
        store.StartRun("R1b", Night1, "rerun", "h", At.AddDays(2));
        store.SaveImport(new NewImport(Hash('v'), "late.csv", "csv", "R1b", Night1, At.AddDays(2)), Csv("Date,Description,Amount\n2025-03-14,PAYMENT INV-9,42.00\n"));
        store.FailRun("R1b", "stopped", At.AddDays(2));

        Assert.That(store.LoadOutstandingCash(Night3).Select(c => (c.Transaction.Amount, c.Remaining)), Is.EqualTo(new[] { (42m, 42m) }));
    }
}
