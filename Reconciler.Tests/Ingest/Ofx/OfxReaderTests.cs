using Reconciler.Ingest;
using Reconciler.Ingest.Ofx;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Ofx;

public sealed class OfxReaderTests
{
    private static ParsedFile Fixture(string name) => Parse.File(new OfxReader(), Repository.Fixture("ofx", name));

    [Test]
    public void Sgml102_WithUnclosedLeafTags_IsRead()
    {
        var parsed = Fixture("ofx102_cp1252.ofx");
        var statement = parsed.Statements.Single();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(statement.Account, Is.EqualTo("123456789"));
        Assert.That(statement.Currency, Is.EqualTo("USD"));
        Assert.That(statement.Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 2500.00m, -1200.00m, -35.10m }));
        Assert.That(statement.ClosingBalance, Is.EqualTo(16300.00m));
        Assert.That(statement.OpeningBalance, Is.Null);
        Assert.That(statement.Balanced, Is.Null, "OFX carries no check");
    }

    [Test]
    public void Charset1252_DecodesNonAsciiNames_AndEntitiesAndRawAmpersandsAreKept()
    {
        var first = Fixture("ofx102_cp1252.ofx").Statements[0].Transactions[0];

        Assert.That(first.Counterparty, Is.EqualTo("CAFÉ MÜNCHEN & SÖHNE"));
        Assert.That(first.Remittance, Is.EqualTo("ACH CREDIT INV-1001 & INV-1002"));
    }

    [Test]
    public void DtPostedWithTimeAndZone_KeepsTheDateAsWritten()
    {
        var first = Fixture("ofx102_cp1252.ofx").Statements[0].Transactions[0];

        // 20:00 at -5 (EST) is the next day in UTC: the booking date must still be the 14th.
        Assert.That(first.BookingDate, Is.EqualTo(new DateOnly(2025, 3, 14)));
    }

    [Test]
    public void Fitid_IsTheId_AndADuplicateIsWarnedAndMadeUnique()
    {
        var parsed = Fixture("ofx102_cp1252.ofx");
        var ids = parsed.Statements[0].Transactions.Select(t => t.Id).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "20250314-0001", "20250314-0002", "20250314-0002#2" }));
        var warning = parsed.Problems.Single(p => p.Field == "FITID");
        Assert.That(warning.Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(warning.Location, Is.EqualTo("line 23"));
    }

    [Test]
    public void CheckNumber_IsTheCustomerReference_AndAnEmptyMemoIsNoRemittance()
    {
        var check = Fixture("ofx102_cp1252.ofx").Statements[0].Transactions[1];

        Assert.That(check.CustomerReference, Is.EqualTo("5501"));
        Assert.That(check.TypeCode, Is.EqualTo("CHECK"));
        Assert.That(check.Remittance, Is.Null);
        Assert.That(check.Amount, Is.EqualTo(-1200.00m), "a decimal comma is tolerated");
    }

    [Test]
    public void Xml2x_WithSeveralStatements_AndPayeeAggregate_IsRead()
    {
        var parsed = Fixture("ofx2_xml.ofx");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Statements.Select(s => s.Account), Is.EqualTo(new[] { "DE02100100100006820101", "DE44500105175407324931" }));
        var deposit = parsed.Statements[0].Transactions.Single();
        Assert.That(deposit.Counterparty, Is.EqualTo("Zürich Versicherung AG"));
        Assert.That(deposit.Remittance, Is.EqualTo("Invoice 5512 <paid>"));
        Assert.That(deposit.CustomerReference, Is.EqualTo("E2E-5512"));
        Assert.That(deposit.ValueDate, Is.EqualTo(new DateOnly(2025, 4, 2)));
        Assert.That(parsed.Statements[0].Currency, Is.EqualTo("EUR"));
        Assert.That(parsed.Statements[0].ClosingBalance, Is.EqualTo(-15.25m));
        Assert.That(parsed.Statements[1].Transactions.Single().BookingDate, Is.EqualTo(new DateOnly(2025, 4, 1)));
    }

    [Test]
    public void CreditCardStatement_IsRead_WithIntuitExtensionsIgnored()
    {
        var parsed = Fixture("creditcard.qfx");
        var card = parsed.Statements.Single();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(card.Account, Is.EqualTo("4111111111111111"));
        Assert.That(card.Transactions.Select(t => (t.Amount, t.Counterparty)), Is.EqualTo(new[] { (-42.17m, "OFFICE SUPPLIES INC"), (500.00m, "PAYMENT - THANK YOU") }));
        Assert.That(card.Transactions[0].BookingDate, Is.EqualTo(new DateOnly(2025, 3, 5)));
        Assert.That(card.ClosingBalance, Is.EqualTo(-1230.55m));
    }

    [Test]
    public void Xml_WithADoctype_IsRefused()
    {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX SYSTEM \"http://example.com/ofx.dtd\">\n<?OFX OFXHEADER=\"200\" VERSION=\"220\"?>\n<OFX></OFX>\n";

        var parsed = Parse.Text(new OfxReader(), text);

        var error = parsed.Problems.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That(error.Message, Does.Contain("DTD"));
        Assert.That(error.Location, Is.EqualTo("line 2"));
    }

    [Test]
    public void MissingDate_AndBadAmount_AreLocatedErrors()
    {
        var text = "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>\n"
            + "<STMTTRN><TRNTYPE>OTHER<TRNAMT>-80.00<FITID>1</STMTTRN>\n"
            + "<STMTTRN><TRNTYPE>OTHER<DTPOSTED>20110614<TRNAMT>$120<FITID>2</STMTTRN>\n"
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>0<DTASOF>20110614</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";

        var parsed = Parse.Text(new OfxReader(), text, "bad.ofx");

        var errors = parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()).ToList();
        Assert.That(errors, Is.EqualTo(new[]
        {
            "bad.ofx, line 4, field 'DTPOSTED': the transaction has no DTPOSTED",
            "bad.ofx, line 5, field 'TRNAMT': '$120' is not an amount (a signed decimal such as -12.50)",
        }));
    }

    [Test]
    public void InvestmentStatement_IsReportedAsUnsupported()
    {
        var text = "OFXHEADER:100\n\n<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><DTASOF>20250101<CURDEF>USD</INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>";

        var parsed = Parse.Text(new OfxReader(), text);

        Assert.That(parsed.Statements, Is.Empty);
        Assert.That(parsed.Problems.Single().Message, Does.Contain("investment statements are not supported"));
        Assert.That(parsed.HasErrors, Is.False);
    }

    [Test]
    public void SignOnRefused_IsAnErrorWithTheServersMessage()
    {
        var text = "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Bad password</STATUS></SONRS></SIGNONMSGSRSV1></OFX>";

        var parsed = Parse.Text(new OfxReader(), text);

        Assert.That(parsed.Problems.Single().ToString(), Does.Contain("SONRS/STATUS").And.Contain("15500").And.Contain("Bad password"));
        Assert.That(parsed.HasErrors, Is.True);
    }

    [Test]
    public void Detect_ScoresOfxHigh_AndOtherTextZero()
    {
        Assert.That(Parse.Detect(new OfxReader(), File.ReadAllText(Repository.Fixture("ofx", "ofx2_xml.ofx"))), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(new OfxReader(), "\n\n<OFX>\n<SIGNONMSGSRSV1>"), Is.GreaterThanOrEqualTo(90));
        Assert.That(Parse.Detect(new OfxReader(), ":20:X\n:25:1\n:61:250101C1,NTRFNONREF\n"), Is.Zero);
    }
}
