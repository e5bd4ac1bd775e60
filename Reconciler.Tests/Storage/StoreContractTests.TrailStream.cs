using Reconciler.Rules.Matching;
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
}
