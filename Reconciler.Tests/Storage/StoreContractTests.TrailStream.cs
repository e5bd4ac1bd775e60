using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void AStreamedTrail_TakenOutOfKeyOrder_ReadsBackAsTheSameSteps_InStepOrder()
    {
        var steps = new[]
        {
            new TrailEntry("L-2", 1, "exact_reference, amount_date", "no match", [("exact_reference", "no reference"), ("amount_date", "no item of 5.00 € in USD")]),
            new TrailEntry("L-1", 1, "exact_reference", "applied", "INV-1 named"),
            new TrailEntry("L-2", 2, "manual", "applied", "by hand"),
            new TrailEntry("L-3", 1, "refund", "decided", ""),
        };
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail();
            foreach (var step in steps) stream.Add(step);
            // Committing waits for the stream: nothing is finished by hand here.
            night.Commit(At, "{}");
        }

        var read = new[] { "L-1", "L-2", "L-3" }.SelectMany(id => ((ReconciliationStore)store).Trail(id))
            .Select(s => (s.Step, s.Rule, s.Outcome, s.Detail)).ToList();
        // What the stream wrote, against what each step says of itself, in (payment, step) order.
        var expected = steps.OrderBy(s => s.SourceId, StringComparer.Ordinal).ThenBy(s => s.Step).Select(s => (s.Step, s.Rule, s.Outcome, s.Detail)).ToList();
        Assert.That(read, Is.EqualTo(expected));
    }

    [Test]
    public void AStreamedTrail_LongerThanTheStreamHoldsAtOnce_IsWrittenWhole()
    {
        // 40,000 steps: several times what the stream holds in hand (8 batches of 4,096), so the match side must wait for the writer.
        const int steps = 40_000;
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail();
            for (var i = 0; i < steps; i++) stream.Add(new TrailEntry($"L-{i:D5}", 1, "exact_reference", "applied", $"INV-{i} named"));
            stream.Finish();
            night.Commit(At, "{}");
        }

        var stored = (ReconciliationStore)store;
        Assert.That(Convert.ToInt64(stored.Scalar("SELECT COUNT(*) FROM decision_trail WHERE run_id = @run", ("@run", "R1"))), Is.EqualTo(steps));
        Assert.That(stored.Trail("L-39999").Single().Detail, Is.EqualTo("INV-39999 named"));
    }

    [Test]
    public void AStreamedTrailThatCannotBeWritten_FailsTheNightsNextWrite_AndLeavesNothingOfTheNight()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail();
            // The same (payment, step) twice breaks the table's key: the writer fails on its own thread.
            stream.Add(new TrailEntry("L-1", 1, "exact_reference", "applied", "INV-1 named"));
            stream.Add(new TrailEntry("L-1", 1, "exact_reference", "applied", "INV-1 named again"));
            Assert.That(() => night.Applications([Applied("INV-1", 10m, "L-1")]), Throws.Exception.Message.Contains("decision_trail").IgnoreCase
                .Or.Message.Contains("duplicate").IgnoreCase.Or.Message.Contains("PRIMARY KEY"));
        }

        var stored = (ReconciliationStore)store;
        Assert.That(Convert.ToInt64(stored.Scalar("SELECT COUNT(*) FROM decision_trail")), Is.Zero);
        Assert.That(store.LoadRun(Night1), Is.Null, "the night never completed");
    }

    [Test]
    public void AStreamedStep_KeepsItsRejectionsAsTheyWereWhenHandedOver_ThoughTheMatchReusesTheList()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        var reused = new List<(string Rule, string Reason)> { ("exact_reference", "no reference"), ("amount_date", "no item of 5.00") };

        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail();
            stream.Add(new TrailEntry("L-1", 1, "exact_reference, amount_date", "no match", reused));
            reused.Clear();
            reused.Add(("customer_name", "another payment's reason"));
            night.Commit(At, "{}");
        }

        Assert.That(((ReconciliationStore)store).Trail("L-1").Single().Detail, Is.EqualTo("exact_reference: no reference; amount_date: no item of 5.00"));
    }

    [Test]
    public void AStreamedTrail_GivenTheNightsStartingItems_WritesThemBetweenItsSteps_AndBothWhole()
    {
        // More items than several slices, handed over out of key order, and more steps than the stream holds at once.
        const int items = 20_000, steps = 40_000;
        var starting = Enumerable.Range(0, items).Reverse()
            .Select(i => new OpenItem($"INV-{i:D5}", $"C-{i % 7}", "Globex", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 100m + i, 50m + i)).ToList();
        var exported = starting.Where((_, i) => i % 3 == 0).ToDictionary(i => i.InvoiceNumber, i => i.OpenAmount + 1m);
        var created = new OpenItem("INV-CREATED", "C-1", "Globex", Night1, Night1, "USD", 5m, 5m);
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail(starting, exported);
            for (var i = 0; i < steps; i++) stream.Add(new TrailEntry($"L-{i:D5}", 1, "exact_reference", "applied", $"INV-{i} named"));
            // What the match adds to the night's items follows once the stream is done, as the run writes it.
            night.OpenItems([created], exported);
            night.Commit(At, "{}");
        }

        var stored = store.LoadRun(Night1)!;
        Assert.That(stored.OpenItems, Is.EquivalentTo(starting.Append(created)));
        Assert.That(stored.ExportedOpen, Is.EquivalentTo(exported));
        Assert.That(Convert.ToInt64(((ReconciliationStore)store).Scalar("SELECT COUNT(*) FROM decision_trail WHERE run_id = @run", ("@run", "R1"))), Is.EqualTo(steps));
    }

    [Test]
    public void AStreamedTrailWithStartingItems_RolledBack_LeavesNeitherItemsNorSteps()
    {
        var starting = Enumerable.Range(0, 10_000)
            .Select(i => new OpenItem($"INV-{i:D5}", "C-1", "Globex", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 10m, 10m)).ToList();
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);

        using (var night = store.BeginNight("R1", Night1))
        {
            var stream = night.StreamTrail(starting, new Dictionary<string, decimal>());
            stream.Add(new TrailEntry("L-1", 1, "exact_reference", "applied", "INV-1 named"));
            night.Rollback();
        }

        var stored = (ReconciliationStore)store;
        Assert.That(Convert.ToInt64(stored.Scalar("SELECT COUNT(*) FROM open_item_snapshots")), Is.Zero);
        Assert.That(Convert.ToInt64(stored.Scalar("SELECT COUNT(*) FROM decision_trail")), Is.Zero);
    }
}
