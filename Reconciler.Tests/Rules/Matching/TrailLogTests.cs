using Reconciler.Rules.Matching;

namespace Reconciler.Tests.Rules.Matching;

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
}
