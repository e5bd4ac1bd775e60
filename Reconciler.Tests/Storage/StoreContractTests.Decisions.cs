using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void Decisions_AreRecordedOncePerFile_AndAnswerOnlyLaterNights()
    {
        using var store = CreateStore();
        var open = Unmatched("L-1", 12.34m);
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [(open, Night1)]));
        DecisionRecord[] answers = [new(open.Id, "apply", ["INV-1", "INV-2"], "split by the payer's letter", "Exceptions", 2)];

        Assert.That(store.DecisionsImported(Hash('r')), Is.False);
        Assert.That(store.RecordDecisions("review.xlsx", Hash('r'), Night1, answers, At), Is.True);
        Assert.That(store.DecisionsImported(Hash('r')), Is.True);
        Assert.That(store.RecordDecisions("review-renamed.xlsx", Hash('r'), Night1, answers, At.AddMinutes(5)), Is.False);

        Assert.That(store.DecisionsFor(Night1), Is.Empty);
        var decision = store.DecisionsFor(Night2).Single();
        Assert.That((decision.ExceptionId, decision.Action, decision.SourceKind, decision.SourceId, decision.InvoiceNumber, decision.Note),
            Is.EqualTo((open.Id, "apply", "bank_line", "L-1", (string?)null, (string?)"split by the payer's letter")));
        Assert.That(decision.ApplyTo, Is.EqualTo(new[] { "INV-1", "INV-2" }));
        Assert.That(decision.Reference, Is.EqualTo("review.xlsx, sheet Exceptions, row 2"));
    }

    [Test]
    public void DecisionsOfSeveralFiles_ComeOldestImportFirst()
    {
        using var store = CreateStore();
        var first = Unmatched("L-1", 1m);
        var second = Unmatched("L-2", 2m);
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [(first, Night1), (second, Night1)]));

        store.RecordDecisions("later.xlsx", Hash('t'), Night1, [new(second.Id, "ignore", [], null, "Exceptions", 3)], At.AddHours(2));
        store.RecordDecisions("earlier.xlsx", Hash('s'), Night1, [new(first.Id, "write_off", [], null, "Exceptions", 2)], At.AddHours(1));

        var decisions = store.DecisionsFor(Night2);
        Assert.That(decisions.Select(d => (d.ExceptionId, d.Action)), Is.EqualTo(new[] { (first.Id, "write_off"), (second.Id, "ignore") }));
        Assert.That(decisions[1].ApplyTo, Is.Empty);
        Assert.That(decisions[1].Note, Is.Null);
    }

    [Test]
    public void LatestExceptionsAndBalances_AreThoseOfTheLatestCompletedNight()
    {
        using var store = CreateStore();
        var (noNight, none) = store.LatestExceptions();
        Assert.That(noNight, Is.Null);
        Assert.That(none, Is.Empty);
        Assert.That(store.LatestOpenBalances(), Is.Empty);
        var invoice = new OpenItem("INV-1", "C-1", "Globex", Night1.AddDays(-30), Night1.AddDays(-1), "USD", 100m, 80m);
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [(Unmatched("L-1", 5m), Night1)], openItems: [invoice]));
        store.StartRun("R2", Night2, "console", "h", At);
        store.CompleteRun(Completed("R2", Night2, applications: [Applied("INV-1", 30m)], exceptions: [(Unmatched("L-2", 7.5m), Night2)], openItems: [invoice]));
        store.StartRun("R3", Night2.AddDays(1), "console", "h", At);

        var (asOf, exceptions) = store.LatestExceptions();

        Assert.That(asOf, Is.EqualTo(Night2));
        Assert.That(exceptions, Is.EqualTo(new[] { new ExceptionOnFile(Unmatched("L-2", 7.5m).Id, "unmatched_receipt", "bank_line", "L-2", null, 7.5m, "USD") }));
        Assert.That(store.LatestOpenBalances(), Is.EqualTo(new Dictionary<string, decimal> { ["INV-1"] = 50m }));
    }
}
