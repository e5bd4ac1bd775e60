using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>Inputs the fuzzer found that broke a reader, cut down to the smallest that still did.</summary>
public sealed class FuzzRegressionTests
{
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF, 0xFE }, TestName = "CamtFileWithAUtf8ByteOrderMarkThenAnInvalidByte_IsALocatedError_NotAnXmlException")]
    [TestCase(new byte[] { 0xEF, 0xBB, 0xBF, 0xFE, 0xFF, 0x3C, 0x00 }, TestName = "CamtFileWithAUtf8ByteOrderMarkThenUtf16Text_IsALocatedError_NotAnXmlException")]
    public void CamtFileWhoseFirstCharactersCannotBeDecoded_IsRefusedAtLine1(byte[] content)
    {
        var parsed = Parse.Bytes(new CamtReader(CamtMessage.Statement), content, "bad-start.xml");

        Assert.That(parsed.Problems.Select(p => (p.Severity, p.File, p.Location)),
            Is.EqualTo(new[] { (ProblemSeverity.Error, "bad-start.xml", "line 1") }));
        Assert.That(parsed.Problems[0].Message, Does.StartWith("the XML is not well-formed: Invalid character in the given encoding"));
    }

    [Test]
    public void PayPalFileCutInsideItsLastRow_IsRefused_NotReadAsAnExtraTransaction()
    {
        const string content = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\",\"Balance Impact\"\n"
            + "\"04/13/2025\",\"08:00:00\",\"PDT\",\"Fischer\",\"General Authorization\",\"Pending\",\"USD\",\"-5.00\",\"0.00\",\"-5.00\",\"2QR67890";

        var parsed = Parse.Text(new Reconciler.Ingest.PayPal.PayPalReader(), content, "cut.csv");

        Assert.That(parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => $"{p.Location}: {p.Message}"),
            Is.EqualTo(new[] { "line 2: the last row stops after 11 of 12 cells without a line end: the file is cut short" }));
    }
}
