using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtRobustnessTests
{
    private static IEnumerable<string> Fixtures() =>
        Directory.GetFiles(Repository.Fixture("camt"), "*.xml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Fixtures))]
    public void TruncatedAnywhere_NeverThrows_AndReportsAnError(string fixture)
    {
        var text = CamtFixtures.Text(fixture);
        for (var cut = 0; cut < text.Length - 20; cut += 97)
        {
            var parsed = CamtFixtures.ReadText(text[..cut]);

            Assert.That(parsed.HasErrors, Is.True, $"cut at {cut}");
            Assert.That(parsed.Problems.All(p => p.Location.Length > 0), Is.True, $"cut at {cut}");
        }
    }

    [TestCaseSource(nameof(Fixtures))]
    public void EveryFixture_IsRecognisedByTheDefaultRegistry_AsItsCamtMessage(string fixture)
    {
        var registry = FormatRegistry.Default();
        using var stream = File.OpenRead(Repository.Fixture("camt", fixture));

        var reader = registry.Detect(FileSniff.FromStream(fixture, stream));

        Assert.That(reader?.Format, Is.EqualTo("camt." + fixture[4..7]));
    }

    [Test]
    public void ByteNoise_NeverThrows()
    {
        var random = new Random(20250314);
        var bytes = File.ReadAllBytes(Repository.Fixture("camt", "camt053.v02.statement.xml"));
        for (var round = 0; round < 200; round++)
        {
            var copy = (byte[])bytes.Clone();
            for (var k = 0; k < 5; k++) copy[random.Next(copy.Length)] = (byte)random.Next(256);

            var parsed = Parse.Bytes(new CamtReader(CamtMessage.Statement), copy, "noise.xml");

            Assert.That(parsed.File, Is.EqualTo("noise.xml"));
        }
    }
}
