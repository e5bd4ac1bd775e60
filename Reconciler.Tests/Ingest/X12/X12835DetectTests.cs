using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

public sealed class X12835DetectTests
{
    private readonly X12835Reader reader = new();

    [Test]
    public void InterchangeWithAn835_Scores95()
    {
        Assert.That(Parse.Detect(reader, X12Sample.Payment("")), Is.EqualTo(95));
    }

    [Test]
    public void BomAndLeadingWhitespace_AreSkipped()
    {
        Assert.That(Parse.Detect(reader, "\uFEFF \r\n" + X12Sample.Payment("")), Is.EqualTo(95));
    }

    [Test]
    public void PipeSeparatedInterchange_IsRecognisedWithItsOwnSeparator()
    {
        var text = File.ReadAllText(Repository.Fixture("x12-835", "pipe-delimiters-crlf.835"));

        Assert.That(Parse.Detect(reader, text), Is.EqualTo(95));
    }

    [Test]
    public void InterchangeOfAnotherTransactionSet_ScoresLowButIsStillClaimedAsX12()
    {
        var text = X12Sample.Isa + "GS*FA*A*B*20250314*0630*1*X*005010~ST*997*0001~AK1*HP*1~SE*3*0001~GE*1*1~IEA*1*000000123~";

        Assert.That(Parse.Detect(reader, text), Is.EqualTo(40));
    }

    [TestCase("Date,Amount,Description\n2025-03-14,100.00,ISA*ST*835\n")]
    [TestCase("ISAAC,NEWTON\n")]
    [TestCase(":20:STATEMENT\n:25:123\n")]
    public void OtherContent_ScoresZero(string content)
    {
        Assert.That(Parse.Detect(reader, content), Is.Zero);
    }
}
