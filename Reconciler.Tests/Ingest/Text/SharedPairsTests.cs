using Reconciler.Ingest.Text;

namespace Reconciler.Tests.Ingest.Text;

public sealed class SharedPairsTests
{
    [Test]
    public void TheSamePairSeenAgain_GivesTheSameStrings()
    {
        var pairs = new SharedPairs();
        var first = pairs.Share("C001", "Acme Ltd");
        var again = pairs.Share("C001".AsSpan(), new string("Acme Ltd".ToCharArray()).AsSpan());

        Assert.That(again, Is.EqualTo(("C001", "Acme Ltd")));
        Assert.That(ReferenceEquals(again.Key, first.Key) && ReferenceEquals(again.Value, first.Value), Is.True);
    }

    [Test]
    public void AKeySeenWithAnotherValue_KeepsEachValueAsWritten()
    {
        var pairs = new SharedPairs();
        pairs.Share("C001", "Acme Ltd");

        var renamed = pairs.Share("C001", "Acme Limited");
        var original = pairs.Share("C001", "Acme Ltd");
        var renamedAgain = pairs.Share("C001", "Acme Limited");

        Assert.That(renamed, Is.EqualTo(("C001", "Acme Limited")));
        Assert.That(original, Is.EqualTo(("C001", "Acme Ltd")));
        Assert.That(ReferenceEquals(renamedAgain.Value, renamed.Value), Is.True, "the other value is shared too");
    }

    [Test]
    public void PastTheBound_PairsAreStillReadExactly()
    {
        var pairs = new SharedPairs(capacity: 2);
        for (var i = 0; i < 10; i++)
        {
            var (key, value) = pairs.Share($"C{i}", $"Customer {i}");
            Assert.That((key, value), Is.EqualTo(($"C{i}", $"Customer {i}")));
        }
    }
}
