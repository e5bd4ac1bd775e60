using System.Text;
using Reconciler.Ingest;
using Reconciler.Ingest.Csv;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Csv;

public sealed class BankCsvReaderTests
{
    private static readonly BankCsvReader Reader = new([], "USD");

    private static IReadOnlyList<BankTransaction> Transactions(ParsedFile parsed) => parsed.Statements.Single().Transactions;

    [Test]
    public void SignedAmountColumn_GivesCreditsPositiveAndDebitsNegative()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount\n2025-03-14,ACH CREDIT GLOBEX INV-1001,2500.00\n2025-03-14,CHECK 5501,-1200.00\n");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(Transactions(parsed).Select(t => t.Amount), Is.EqualTo(new[] { 2500.00m, -1200.00m }));
        Assert.That(Transactions(parsed)[0].Remittance, Is.EqualTo("ACH CREDIT GLOBEX INV-1001"));
    }

    [Test]
    public void DebitAndCreditColumns_AreCombinedIntoOneSignedAmount()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Debit,Credit,Balance\n03/14/2025,ACH CREDIT GLOBEX,,2500.00,17500.00\n03/14/2025,CHECK 5501,1200.00,,16300.00\n");

        Assert.That(Transactions(parsed).Select(t => t.Amount), Is.EqualTo(new[] { 2500.00m, -1200.00m }));
        Assert.That(parsed.Statements.Single().Balanced, Is.True);
    }

    [Test]
    public void GermanLayout_WithSemicolonsDecimalCommaAndDayFirstDates_IsRead()
    {
        const string text = "Buchungstag;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Währung;Saldo\n" +
                            "14.03.2025;14.03.2025;Globex GmbH;EREF+E2E-INV-1001 SVWZ+INV-1001;600,00;EUR;1.600,00\n" +
                            "14.03.2025;14.03.2025;Bank;Kontoführung Februar;-150,00;EUR;1.450,00\n";

        var parsed = Parse.Text(Reader, text);

        var lines = Transactions(parsed);
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(lines.Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m }));
        Assert.That(lines[0].BookingDate, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(lines[0].Currency, Is.EqualTo("EUR"));
        Assert.That(lines[0].Counterparty, Is.EqualTo("Globex GmbH"));
    }

    [Test]
    public void IndicatorColumn_AfBij_SetsTheSign()
    {
        var parsed = Parse.Text(Reader, "Datum;Naam / Omschrijving;Af Bij;Bedrag (EUR);Mededelingen\n20250314;Globex;Bij;600,00;INV-1001\n20250314;Bank;Af;150,00;kosten\n");

        Assert.That(Transactions(parsed).Select(t => t.Amount), Is.EqualTo(new[] { 600.00m, -150.00m }));
    }

    [Test]
    public void QuotedTextWithCommasAndUtf8Bom_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Date,Description,Amount\n2025-03-14,\"GLOBEX, INC. INV-1002\",\"1,250.00\"\n")).ToArray();

        var parsed = Parse.Bytes(Reader, bytes);

        Assert.That(Transactions(parsed).Single().Remittance, Is.EqualTo("GLOBEX, INC. INV-1002"));
        Assert.That(Transactions(parsed).Single().Amount, Is.EqualTo(1250.00m));
    }

    [Test]
    public void PreambleAndFooterRows_AreSkipped()
    {
        const string text = "Account: 000123456789\nPeriod: 2025-03-01 to 2025-03-14\n\nDate,Description,Amount\n2025-03-14,DEPOSIT,100.00\nTotal,,100.00\n";

        var parsed = Parse.Text(Reader, text);

        Assert.That(Transactions(parsed), Has.Count.EqualTo(1));
        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Single().Message, Does.Contain("footer"));
    }

    [Test]
    public void AmbiguousDateOrder_IsAnErrorThatAsksForAProfile()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount\n03/04/2025,A,1.00\n05/06/2025,B,2.00\n");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Single().Message, Does.Contain("ambiguous").And.Contain("profile"));
    }

    [Test]
    public void OneDayAbove12_DecidesTheDateOrderForTheWholeColumn()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount\n03/04/2025,A,1.00\n25/06/2025,B,2.00\n");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(Transactions(parsed)[0].BookingDate, Is.EqualTo(new DateOnly(2025, 4, 3)));
    }

    [Test]
    public void BadAmountOnLine7_IsReportedWithFileLineAndColumn()
    {
        var text = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < 5; i++) text.Append("2025-03-14,OK,10.00\n");
        text.Append("2025-03-14,BROKEN,12.3x\n");

        var parsed = Parse.Text(Reader, text.ToString(), "bank.csv");

        var problem = parsed.Problems.Single();
        Assert.That(problem.Severity, Is.EqualTo(ProblemSeverity.Error));
        Assert.That(problem.ToString(), Does.StartWith("bank.csv, line 7, field 'Amount'"));
    }

    [Test]
    public void RunningBalanceThatBreaks_MarksTheStatementOutOfBalance()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount,Balance\n2025-03-14,A,100.00,1100.00\n2025-03-15,B,50.00,1200.00\n");

        Assert.That(parsed.Statements.Single().Balanced, Is.False);
        Assert.That(parsed.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Warning));
    }

    [Test]
    public void RunningBalanceWithABlankCell_IsNotChecked()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount,Balance\n2025-03-14,A,100.00,1100.00\n2025-03-15,B,50.00,\n2025-03-16,C,5.00,9999.00\n");

        Assert.That(parsed.Statements.Single().Transactions, Has.Count.EqualTo(3));
        Assert.That(parsed.Statements.Single().Balanced, Is.Null, "one row without a balance leaves nothing to check the others against");
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void RunningBalanceNewestFirst_IsAccepted()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount,Balance\n2025-03-15,B,50.00,1150.00\n2025-03-14,A,100.00,1100.00\n");

        Assert.That(parsed.Statements.Single().Balanced, Is.True);
    }

    [Test]
    public void ParenthesesAndTrailingMinus_AreNegative()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount\n2025-03-14,A,(12.50)\n2025-03-14,B,12.50-\n");

        Assert.That(Transactions(parsed).Select(t => t.Amount), Is.EqualTo(new[] { -12.50m, -12.50m }));
    }

    [Test]
    public void Windows1252Text_IsDecoded()
    {
        var bytes = TextDecoding.Windows1252.GetBytes("Date;Description;Amount\n2025-03-14;Kontoführung;-1,00\n");

        var parsed = Parse.Bytes(Reader, bytes);

        Assert.That(Transactions(parsed).Single().Remittance, Is.EqualTo("Kontoführung"));
    }

    [Test]
    public void Utf16FileFromExcel_IsReadLikeItsUtf8Twin()
    {
        const string text = "Date,Description,Amount\n2025-03-14,Kontoführung INV-1001,-1.00\n";
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var fromUtf16 = Parse.Bytes(Reader, utf16);
        var fromUtf8 = Parse.Text(Reader, text);

        Assert.That(fromUtf16.Problems, Is.Empty);
        Assert.That(Transactions(fromUtf16).Single(), Is.EqualTo(Transactions(fromUtf8).Single()));
    }

    [Test]
    public void Utf16FileWithoutItsByteOrderMark_IsRefusedAsNotABankCsv_NotMisread()
    {
        var parsed = Parse.Bytes(Reader, Encoding.Unicode.GetBytes("Date,Description,Amount\n2025-03-14,A,-1.00\n"));

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Statements.SelectMany(s => s.Transactions), Is.Empty);
    }

    [Test]
    public void Profile_NamesColumnsAndFormats()
    {
        var profile = new BankCsvProfile
        {
            Name = "examplebank",
            MatchHeaders = ["Posted", "Memo", "Value"],
            DateFormat = "MM/dd/yyyy",
            DateColumn = "Posted",
            DescriptionColumn = "Memo",
            AmountColumn = "Value",
            Account = "987654321",
        };
        var parsed = Parse.Text(new BankCsvReader([profile]), "Posted,Memo,Value\n03/04/2025,A,1.00\n");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(Transactions(parsed).Single().BookingDate, Is.EqualTo(new DateOnly(2025, 3, 4)));
        Assert.That(parsed.Statements.Single().Account, Is.EqualTo("987654321"));
    }

    [Test]
    public void FileWithoutDateAndAmountColumns_IsNotDetectedAsABankCsv()
    {
        Assert.That(Parse.Detect(Reader, "name,email\nAlice,a@example.com\n"), Is.Zero);
        Assert.That(Parse.Detect(Reader, "Date,Description,Amount\n2025-03-14,A,1.00\n"), Is.GreaterThan(0));
    }
}
