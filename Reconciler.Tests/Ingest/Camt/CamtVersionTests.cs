using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtVersionTests
{
    private static IEnumerable<int> Versions() => Enumerable.Range(1, 13);

    [TestCaseSource(nameof(Versions))]
    public void EveryVersion_ReadsTheSameStatement_InTheChoiceShapeOfStatus(int version)
    {
        var parsed = CamtFixtures.ReadText(InVersion(version, plainStatus: false));

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements[0].Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m, 99.00m }));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
    }

    [TestCaseSource(nameof(Versions))]
    public void EveryVersion_ReadsThePlainShapeOfStatusAndNames(int version)
    {
        var xml = InVersion(version, plainStatus: true).Replace("<Pty><Nm>Globex GmbH</Nm></Pty>", "<Nm>Globex GmbH</Nm>", StringComparison.Ordinal);

        var statement = CamtFixtures.ReadText(xml).Statements[0];

        Assert.That(statement.Transactions[2].Status, Is.EqualTo(Reconciler.Rules.Model.TransactionStatus.Pending));
        Assert.That(statement.Transactions[0].Items[0].Counterparty, Is.EqualTo("Globex GmbH"));
    }

    [Test]
    public void Version01_AcceptsTheVersionedRootName()
    {
        var xml = InVersion(1, plainStatus: true).Replace("BkToCstmrStmt>", "BkToCstmrStmtV01>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml);

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements[0].Transactions, Has.Count.EqualTo(3));
    }

    [Test]
    public void UnknownVersion_IsReadWithAWarning()
    {
        var parsed = CamtFixtures.ReadText(InVersion(14, plainStatus: false));

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Single().Message, Does.Contain(".14"));
        Assert.That(parsed.Statements[0].Transactions, Has.Count.EqualTo(3));
    }

    [TestCase("camt053.v08.statement.xml", "camt.053")]
    [TestCase("camt052.v04.report.xml", "camt.052")]
    [TestCase("camt054.v02.batch.xml", "camt.054")]
    [TestCase("camt053.v08.apphdr.xml", "camt.053")]
    public void Detection_ScoresHighForItsOwnMessageOnly(string fixture, string format)
    {
        var text = CamtFixtures.Text(fixture);
        foreach (var message in CamtMessage.All)
        {
            var score = Parse.Detect(new CamtReader(message), text, fixture);
            Assert.That(score, Is.EqualTo(message.Format == format ? 90 : 0), message.Format);
        }
    }

    [Test]
    public void Detection_IgnoresOtherXmlAndCsv()
    {
        var reader = new CamtReader(CamtMessage.Statement);

        Assert.That(Parse.Detect(reader, "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>"), Is.Zero);
        Assert.That(Parse.Detect(reader, "<OFX><BANKMSGSRSV1></BANKMSGSRSV1></OFX>"), Is.Zero);
        Assert.That(Parse.Detect(reader, "Date,Amount,Description\n2025-03-14,10.00,camt.053.001.08\n"), Is.Zero);
    }

    [Test]
    public void Detection_WithoutNamespace_RecognisesTheMessageElementLessSurely()
    {
        var score = Parse.Detect(new CamtReader(CamtMessage.Statement), "<Document><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>");

        Assert.That(score, Is.EqualTo(60));
    }

    private static string InVersion(int version, bool plainStatus)
    {
        var xml = CamtFixtures.Text("camt053.v08.statement.xml").Replace("camt.053.001.08", $"camt.053.001.{version:00}", StringComparison.Ordinal);
        return plainStatus ? xml.Replace("<Sts><Cd>BOOK</Cd></Sts>", "<Sts>BOOK</Sts>", StringComparison.Ordinal)
            .Replace("<Sts><Cd>PDNG</Cd></Sts>", "<Sts>PDNG</Sts>", StringComparison.Ordinal) : xml;
    }
}
