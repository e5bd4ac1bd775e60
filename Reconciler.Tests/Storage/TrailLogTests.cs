using Reconciler.Rules.Matching;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public class TrailLogTests
{
    [Test]
    public void EntriesReadBack_AreTheOnesWritten_InTheirOrder()
    {
        var written = new[]
        {
            new TrailEntry("L1", 1, "reference_exact_amount", "applied", "reference INV-1 found"),
            new TrailEntry("L2", 1, "amount_only", "suggested", "one open invoice of 10.00"),
            new TrailEntry("L1", 2, "combination", "no match", "nothing adds up"),
        };

        var log = TrailLog.From(written);

        Assert.That(log, Is.EqualTo(written));
        Assert.That(log.Count, Is.EqualTo(3));
        Assert.That((log.SourceIdAt(2), log.StepAt(2), log.RuleAt(2), log.OutcomeAt(2), log.DetailAt(2)),
            Is.EqualTo(("L1", 2, "combination", "no match", "nothing adds up")));
    }

    [Test]
    public void ATrailLongerThanOneChunk_KeepsEveryStep()
    {
        var written = Enumerable.Range(0, 40_000).Select(i => new TrailEntry($"L{i}", 1, "amount_only", "no match", $"reason {i % 7}")).ToList();

        var log = TrailLog.From(written);

        Assert.That(log.Count, Is.EqualTo(40_000));
        Assert.That(log[39_999], Is.EqualTo(written[39_999]));
        Assert.That(log[16_384], Is.EqualTo(written[16_384]));
    }

    [Test]
    public void ReadingPastTheEnd_Refuses()
    {
        var log = TrailLog.From([new TrailEntry("L1", 1, "r", "applied", "d")]);

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = log[1]);
    }

    [Test]
    public void NoMatchSteps_KeepTheNumbersOfTheirPhrases_EachPhraseOnce_AndReadBackWordForWord()
    {
        var cash = Enumerable.Range(1, 12).Select(i => Some.Payment(10m + i % 3, "NOTHING KNOWN", id: $"B-{i:D2}")).ToArray();
        var trail = TrailLog.From(Night.Engine.Run(new MatchingInput { AsOf = Some.Night, OpenItems = [Some.Invoice("INV-1", 99m)], Cash = cash }).Trail);

        var lists = Enumerable.Range(0, trail.Count).Where(i => trail.PhraseNumbersAt(i) is not null).ToList();

        Assert.That(lists, Has.Count.GreaterThan(1), "the rules turn the payments down for several reasons each");
        Assert.That(trail.Phrases, Is.Unique);
        Assert.That(lists.Select(i => string.Join("; ", trail.PhraseNumbersAt(i)!.Select(n => trail.Phrases[n - 1]))),
            Is.EqualTo(lists.Select(i => trail[i].Detail)));
        Assert.That(lists.Select(i => trail.DetailAt(i)), Is.All.Null);
        Assert.That(trail.Phrases.Select(p => trail.PhraseNumber(p)), Is.EqualTo(Enumerable.Range(1, trail.Phrases.Count)));
        Assert.That(trail.PhraseNumber("no such phrase"), Is.Zero);
    }

    [Test]
    public void APlainDetailThatIsNotAscii_ReadsBackAsWritten()
    {
        var written = new TrailEntry("L1", 1, "reference_exact_amount", "applied", "Zahlung für Rechnung 42 — 10,00 €");

        var log = TrailLog.From([written]);

        Assert.That(log.DetailAt(0), Is.EqualTo(written.Detail));
        Assert.That(log[0], Is.EqualTo(written));
    }
}
