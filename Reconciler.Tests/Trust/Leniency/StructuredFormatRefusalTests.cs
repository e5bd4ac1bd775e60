using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Ingest.X12;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Leniency;

/// <summary>
/// Each leniency of the camt and X12 835 readers next to a file that only looks like it and must still be refused
/// (docs/formats.md).
/// </summary>
public sealed class StructuredFormatRefusalTests
{
    private static IEnumerable<string> Errors(ParsedFile parsed) =>
        parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => $"{p.Field}: {p.Message}");

    private static string Camt(string balance, string entry) =>
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id>"
        + "<Acct><Id><IBAN>DE02100100100006820101</IBAN></Id></Acct>" + balance
        + "<Ntry>" + entry + "<Sts>BOOK</Sts><BookgDt><Dt>2025-03-14</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>";

    private const string Opening = "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">10.00</Amt><Dt><Dt>2025-03-13</Dt></Dt></Bal>";

    [Test]
    public void CamtEntryWithoutCreditDebitIndicator_IsStillRefused_ItsSignIsTheMoney()
    {
        var parsed = Parse.Text(new CamtReader(CamtMessage.Statement), Camt(Opening, "<Amt Ccy=\"EUR\">5.00</Amt>"), "e.xml");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "CdtDbtInd: the credit/debit indicator is missing" }));
    }

    [Test]
    public void CamtBalanceWithoutIndicatorAndWithoutAmount_IsStillRefused()
    {
        var balance = "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Dt><Dt>2025-03-13</Dt></Dt></Bal>";
        var parsed = Parse.Text(new CamtReader(CamtMessage.Statement), Camt(balance, "<Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"), "b.xml");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "Amt: the balance has no amount" }));
    }

    [Test]
    public void X12WithoutEnvelopeCutBeforeItsSe_IsStillRefused()
    {
        const string cut = "ST*835*0001*005010X221A1~BPR*I*100*C*CHK************20250401~TRN*1*CHK1*1999999999~N1*PR*PLAN~LX*1~CLP*A*1*100*100**12*I~";

        var parsed = Parse.Text(new X12835Reader(), cut, "cut.835");

        Assert.That(parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message),
            Is.EqualTo(new[] { "transaction set 0001 has no SE: the file ends inside it (cut short?)" }));
    }

    [Test]
    public void X12WithoutEnvelopeWhoseClaimsDoNotAddUpToThePayment_StillSaysSo()
    {
        const string body = "ST*835*0001*005010X221A1~BPR*I*100*C*CHK************20250401~TRN*1*CHK1*1999999999~N1*PR*PLAN~LX*1~"
            + "CLP*A*1*90*90**12*I~SE*7*0001~";

        var parsed = Parse.Text(new X12835Reader(), body, "sum.835");

        Assert.That(parsed.Problems.Select(p => p.Message), Has.Some.Contains("100").And.Some.Contains("90"));
        Assert.That(parsed.Problems.Count(p => p.Message.StartsWith("the ISA envelope is missing", StringComparison.Ordinal)), Is.EqualTo(1));
    }
}
