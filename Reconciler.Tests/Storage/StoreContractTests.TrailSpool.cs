using Reconciler.Rules.Matching;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void ASpooledTrail_TakenOutOfKeyOrder_ReadsBackAsTheSameSteps_InStepOrder()
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
        using var spool = new TrailSpool();
        foreach (var step in steps) spool.Add(step);

        using (var night = store.BeginNight("R1", Night1))
        {
            night.Trail(spool);
            night.Commit(At, "{}");
        }

        var read = new[] { "L-1", "L-2", "L-3" }.SelectMany(id => ((ReconciliationStore)store).Trail(id))
            .Select(s => (s.Step, s.Rule, s.Outcome, s.Detail)).ToList();
        // What the spool gave back, against what each step says of itself, in (payment, step) order.
        var expected = steps.OrderBy(s => s.SourceId, StringComparer.Ordinal).ThenBy(s => s.Step).Select(s => (s.Step, s.Rule, s.Outcome, s.Detail)).ToList();
        Assert.That(read, Is.EqualTo(expected));
        Assert.That(spool.Decided.Select(s => s.SourceId), Is.EqualTo(new[] { "L-3" }));
    }
}
