using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>An 835 sent without its ISA/GS envelope is still an unambiguous 835: read, with a warning that says so.</summary>
public sealed class Era835LeniencyTests
{
    [Test]
    public void TransactionSetWithoutEnvelope_IsDetectedAndRead_WithTheDelimitersItsSegmentsUse()
    {
        var path = Repository.Fixture("x12-835", "no-envelope.835");
        var registry = FormatRegistry.Default();
        var parsed = registry.Read(path);
        var batch = parsed.Batches.Single();

        Assert.That(parsed.Format, Is.EqualTo("x12-835"));
        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(batch.Id, Is.EqualTo("EFT90210"));
        Assert.That(batch.Amount, Is.EqualTo(180m));
        Assert.That(batch.Items.Select(i => (i.Id, i.Gross)), Is.EqualTo(new[] { ("B-1#1", 120m), ("B-2#1", 60m) }));
        Assert.That(batch.Items.Sum(i => i.Gross), Is.EqualTo(batch.Amount), "BPR02 = sum of CLP04");
        Assert.That(parsed.Problems.Single().ToString(), Is.EqualTo("no-envelope.835, segment 1: the ISA envelope is missing: the file starts with ST; "
            + "read as an X12 835 without its interchange and group headers, with the delimiters its segments use: element separator '*', "
            + "segment terminator '~', component separator '>' (taken from the first SVC01)"));
    }

    [Test]
    public void TransactionSetOtherThan835WithoutEnvelope_IsNotTakenForAn835()
    {
        Assert.That(Parse.Detect(new X12835Reader(), "ST*997*0001~AK1*HP*1~SE*3*0001~"), Is.Zero);
    }
}
