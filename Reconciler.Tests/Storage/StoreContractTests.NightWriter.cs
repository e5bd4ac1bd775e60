using Reconciler.Rules.Matching;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void ANightWrittenInChunks_ReadsBackAsOneNight_WithEveryChunksRows()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            night.Applications([Applied("INV-1", 10m, "L-1"), Applied("INV-2", 20m, "L-2")]);
            night.Exceptions([(Unmatched("L-9", 5m), Night1)]);
            night.Applications([Applied("INV-3", 30m, "L-3")]);
            night.Positions([new("L-9", 5m)]);
            night.Commit(At, "{}");
        }

        var stored = store.LoadRun(Night1);
        Assert.That(stored?.Run.Status, Is.EqualTo(RunStatus.Completed));
        Assert.That(stored!.Applications.Select(a => (a.InvoiceNumber, a.AppliedAmount)), Is.EqualTo(new[] { ("INV-1", 10m), ("INV-2", 20m), ("INV-3", 30m) }));
        Assert.That(stored.Exceptions.Select(e => e.Discrepancy.SourceId), Is.EqualTo(new[] { "L-9" }));
        Assert.That(stored.Unapplied["L-9"], Is.EqualTo(5m));
    }

    [Test]
    public void ANightsTrail_GivenOutOfKeyOrder_ReadsBackInStepOrder_WithEachRejectedRulesReasonInItsDetail()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            night.Trail([
                new TrailEntry("L-2", 2, "manual", "applied", "by hand"),
                new TrailEntry("L-2", 1, "exact_reference, amount_date", "no match", [("exact_reference", "no reference"), ("amount_date", "no item of 5.00 in USD")]),
                new TrailEntry("L-1", 1, "exact_reference", "applied", "INV-1 named"),
            ]);
            night.Commit(At, "{}");
        }

        var trail = ((ReconciliationStore)store).Trail("L-2");
        Assert.That(trail.Select(s => (s.Step, s.Rule, s.Detail)), Is.EqualTo(new[]
        {
            (1, "exact_reference, amount_date", "exact_reference: no reference; amount_date: no item of 5.00 in USD"),
            (2, "manual", "by hand"),
        }));
    }

    [Test]
    public void ANightRolledBack_LeavesNothing_AndTheRunStillRunning()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            night.Applications([Applied("INV-1", 10m)]);
            night.Rollback();
            Assert.That(() => night.Applications([Applied("INV-2", 1m)]), Throws.InvalidOperationException, "a rolled-back night takes no more rows");
        }

        Assert.That(store.LoadRun(Night1), Is.Null);
        Assert.That(store.PriorPayments(Night2), Is.Empty);
        Assert.That(store.Runs(5).Single().Status, Is.EqualTo(RunStatus.Running));
    }

    [Test]
    public void ANightWhoseLastStepFails_CommitsNothing()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            night.Applications([Applied("INV-1", 10m)]);
            Assert.That(() => night.Commit(At, "{}", () => throw new IOException("the reports failed")), Throws.TypeOf<IOException>());
        }

        Assert.That(store.LoadRun(Night1), Is.Null);
        Assert.That(store.PriorPayments(Night2), Is.Empty);
    }
}
