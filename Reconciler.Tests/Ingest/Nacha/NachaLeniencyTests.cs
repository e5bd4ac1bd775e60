using Reconciler.Ingest;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Nacha;

/// <summary>A NACHA file that lost its file header is recognised and refused in the user's terms, not as an unknown format.</summary>
public sealed class NachaLeniencyTests
{
    [Test]
    public void FileStartingAtItsBatchHeader_IsRecognisedAsNacha_AndRefusedForTheMissingFileHeader()
    {
        var parsed = FormatRegistry.Default().Read(Repository.Fixture("nacha", "no_file_header.ach"));

        Assert.That(parsed.Format, Is.EqualTo("nacha"));
        Assert.That(parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "no_file_header.ach, line 1: the file header record (type 1) is missing; the file may have been cut from a larger one: ask the sender for the whole file",
        }));
    }
}
