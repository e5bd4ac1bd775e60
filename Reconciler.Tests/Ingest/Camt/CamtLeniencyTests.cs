using Reconciler.Ingest;
using Reconciler.Ingest.Camt;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Camt;

/// <summary>Deviations from the camt schema whose meaning is plain: read, with a warning that says how (docs/formats.md).</summary>
public sealed class CamtLeniencyTests
{
    [Test]
    public void BalancesWithoutCreditDebitIndicator_AreReadAsCredit_WithOneWarningCountingThem()
    {
        var parsed = Parse.File(new CamtReader(CamtMessage.Statement), Repository.Fixture("camt", "camt053.v02.unsigned-balances.xml"));
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.OpeningBalance, Is.EqualTo(1000.00m));
        Assert.That(statement.ClosingBalance, Is.EqualTo(1450.00m));
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m }));
        Assert.That(statement.Balanced, Is.True, "1000.00 + 600.00 - 150.00 = 1450.00");
        var warning = parsed.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Field, Is.EqualTo("CdtDbtInd"));
        Assert.That(warning.Location, Does.Contain("Bal[1]"));
        Assert.That(warning.Message, Is.EqualTo("balance PRCD without credit/debit indicator: read as credit (1000.00 EUR); 2 times in the file, this is the first"));
    }

    [Test]
    public void SummaryNetTotalWithoutIndicator_IsReadAsCredit_AndStillChecked()
    {
        static string Statement(string net) =>
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S</Id>"
            + "<Acct><Id><IBAN>DE02100100100006820101</IBAN></Id></Acct>"
            + $"<TxsSummry><TtlNtries><NbOfNtries>2</NbOfNtries><TtlNetNtryAmt>{net}</TtlNetNtryAmt></TtlNtries></TxsSummry>"
            + "<Ntry><Amt Ccy=\"EUR\">60.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-03-14</Dt></BookgDt></Ntry>"
            + "<Ntry><Amt Ccy=\"EUR\">15.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-03-14</Dt></BookgDt></Ntry>"
            + "</Stmt></BkToCstmrStmt></Document>";

        var agrees = Parse.Text(new CamtReader(CamtMessage.Statement), Statement("45.00"), "net.xml");
        var differs = Parse.Text(new CamtReader(CamtMessage.Statement), Statement("75.00"), "net.xml");

        Assert.That(agrees.Statements.Single().Balanced, Is.True, "60.00 - 15.00 = 45.00");
        Assert.That(agrees.Problems.Select(p => p.Message), Is.EqualTo(new[] { "transaction summary net total without credit/debit indicator: read as credit" }));
        Assert.That(differs.Statements.Single().Balanced, Is.False, "the check still runs: 75.00 is not 45.00");
    }
}
