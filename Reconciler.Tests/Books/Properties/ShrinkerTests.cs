namespace Reconciler.Tests.Books.Properties;

/// <summary>The shrinker finds the smallest failing case: what makes a property fail, and nothing else.</summary>
public sealed class ShrinkerTests
{
    [TestCase(11)]
    [TestCase(12345)]
    public void PropertyFailingWheneverOneEventIsPresent_ShrinksToThatEventAlone(int seed)
    {
        var generated = CaseGenerator.Generate(seed);
        var culprit = generated.Events[generated.Events.Count / 2];
        bool Fails(BooksCase c) => c.Events.Any(e => e.Id == culprit.Id);

        var shrunk = Shrinker.Shrink(generated, c => c.Smaller(), Fails).Smallest;

        Assert.That(shrunk.Events.Select(e => (e.Id, e.Kind, e.Amount)), Is.EqualTo(new[] { (culprit.Id, culprit.Kind, culprit.Amount) }));
        Assert.That((shrunk.Nights, shrunk.Items.Count, shrunk.Events.Single().Night), Is.EqualTo((1, 0, 0)));
    }

    [Test]
    public void PropertyFailingOnlyWhenTwoEventsMeet_KeepsBoth_AndOnlyTheirTwoNights()
    {
        var generated = GeneratedWith(c => c.Nights >= 3 && c.On(0).Any() && c.On(c.Nights - 1).Any());
        var (first, last) = (generated.On(0).First(), generated.On(generated.Nights - 1).Last());
        bool Fails(BooksCase c) => c.Events.Any(e => e.Id == first.Id) && c.Events.Any(e => e.Id == last.Id);

        var shrunk = Shrinker.Shrink(generated, c => c.Smaller(), Fails).Smallest;

        // The nights between them go; the two stay a night apart, the later one now the second night.
        Assert.That(shrunk.Events.Select(e => (e.Id, e.Night)), Is.EqualTo(new[] { (first.Id, 0), (last.Id, 1) }));
        Assert.That((shrunk.Nights, shrunk.Items.Count), Is.EqualTo((2, 0)));
    }

    [Test]
    public void ACaseThatNeverFails_IsLeftAsItIs()
    {
        var generated = CaseGenerator.Generate(7);

        var result = Shrinker.Shrink(generated, c => c.Smaller(), _ => false);

        Assert.That((result.Smallest, result.Steps), Is.EqualTo((generated, 0)));
    }

    [Test]
    public void TheSameSeed_GivesTheSameCase_AndTheSameMasterSeedTheSameCases()
    {
        var (once, again) = (CaseGenerator.Generate(99).Describe(), CaseGenerator.Generate(99).Describe());
        var (seeds, sameMaster, otherMaster) = (BooksPropertyTests.CaseSeeds(5, 20), BooksPropertyTests.CaseSeeds(5, 20), BooksPropertyTests.CaseSeeds(6, 20));

        Assert.That(again, Is.EqualTo(once));
        Assert.That(sameMaster, Is.EqualTo(seeds));
        Assert.That(otherMaster, Is.Not.EqualTo(seeds));
    }

    private static BooksCase GeneratedWith(Func<BooksCase, bool> wanted) =>
        Enumerable.Range(1, 1000).Select(CaseGenerator.Generate).First(wanted);
}
