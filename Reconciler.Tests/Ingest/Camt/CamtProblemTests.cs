using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtProblemTests
{
    [Test]
    public void DoctypeWithExternalEntity_IsRefusedWithALocatedError()
    {
        var parsed = CamtFixtures.Read("camt053.doctype-entity.xml");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Statements, Is.Empty);
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 2"));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("DTD"));
    }

    [Test]
    public void ExternalEntity_IsNeverRead()
    {
        using var folder = new TempFolder();
        var secret = folder.Write("secret.txt", "TOP-SECRET-MARKER");
        var xml = CamtFixtures.Text("camt053.doctype-entity.xml").Replace("file:///etc/passwd", new Uri(secret).AbsoluteUri, StringComparison.Ordinal);
        var path = folder.Write("xxe.xml", xml);

        var parsed = Parse.File(new CamtReader(CamtMessage.Statement), path);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(Reconciler.Cli.InspectJson.Render(parsed), Does.Not.Contain("TOP-SECRET-MARKER"));
    }

    [Test]
    public void UnbalancedStatement_IsAWarningWithExpectedAndActual()
    {
        var parsed = CamtFixtures.Read("camt053.v08.unbalanced.xml");

        Assert.That(parsed.HasErrors, Is.False);
        var statement = parsed.Statements.Single();
        Assert.That(statement.Balanced, Is.False);
        Assert.That(statement.BalanceNote, Does.Contain("= 1250.00").And.Contain("is 1200.00"));
        var warning = parsed.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Location, Is.EqualTo("Document/BkToCstmrStmt/Stmt[1] (line 5)"));
    }

    [Test]
    public void BadEntryAmount_IsAnErrorLocatedByPathAndLine()
    {
        var xml = CamtFixtures.Text("camt053.v08.statement.xml").Replace("<Amt Ccy=\"EUR\">150.00</Amt>", "<Amt Ccy=\"EUR\">-150,00</Amt>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml);

        var error = parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That(error.Location, Is.EqualTo("Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt (line 37)"));
        Assert.That(error.Field, Is.EqualTo("Amt"));
        Assert.That(error.Message, Does.Contain("-150,00"));
    }

    [Test]
    public void MissingCreditDebitIndicator_IsAnError()
    {
        var xml = CamtFixtures.Text("camt053.v08.unbalanced.xml").Replace("<Amt Ccy=\"EUR\">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>", "<Amt Ccy=\"EUR\">250.00</Amt>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml);

        Assert.That(parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error).Field, Is.EqualTo("CdtDbtInd"));
    }

    [Test]
    public void StatementMessageWithoutStatements_IsRejected()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
              <BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId><CreDtTm>2015-03-10T18:43:50+00:00</CreDtTm></GrpHdr></BkToCstmrStmt>
            </Document>
            """;

        var parsed = CamtFixtures.ReadText(xml);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Single().Message, Does.Contain("holds no Stmt"));
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("Document/BkToCstmrStmt (line 3)"));
    }

    [Test]
    public void TruncatedFile_IsAnErrorWithItsLine()
    {
        var text = CamtFixtures.Text("camt053.v08.statement.xml");
        var parsed = CamtFixtures.ReadText(text[..text.IndexOf("</NtryDtls>", StringComparison.Ordinal)]);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Last().Message, Does.StartWith("the XML is not well-formed"));
        Assert.That(parsed.Problems.Last().Location, Does.StartWith("line "));
    }

    [TestCase("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>", "is not camt")]
    [TestCase("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrAcctRpt/></Document>", "expected BkToCstmrStmt")]
    [TestCase("<Root><Other/></Root>", "no ISO 20022 Document")]
    [TestCase("", "not well-formed")]
    public void WhatIsNotACamtMessage_IsRejectedClearly(string xml, string message)
    {
        var parsed = CamtFixtures.ReadText(xml);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Last().Message, Does.Contain(message));
    }

    [Test]
    public void UnknownStatus_IsKeptAsInformationWithAWarning()
    {
        var xml = CamtFixtures.Text("camt053.v08.unbalanced.xml").Replace("<Sts><Cd>BOOK</Cd></Sts>", "<Sts><Prtry>HOLD</Prtry></Sts>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml);

        Assert.That(parsed.Statements[0].Transactions[0].Status, Is.EqualTo(Reconciler.Rules.Model.TransactionStatus.Info));
        Assert.That(parsed.Problems.Any(p => p.Field == "Sts" && p.Message.Contains("HOLD", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void ForcingTheWrongCamtFormat_ReadsTheFileAsWhatItIs_WithAWarning()
    {
        var parsed = Parse.File(new CamtReader(CamtMessage.Notification), Repository.Fixture("camt", "camt052.v04.report.xml"));

        Assert.That(parsed.Format, Is.EqualTo("camt.052"));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("not camt.054"));
    }
}
