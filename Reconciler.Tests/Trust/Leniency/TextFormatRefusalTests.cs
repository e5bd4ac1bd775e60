using Reconciler.Ingest;
using Reconciler.Ingest.Bai2;
using Reconciler.Ingest.Mt940;
using Reconciler.Ingest.PayPal;
using Reconciler.Ingest.Stripe;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Trust.Leniency;

/// <summary>
/// Each leniency of the MT940, BAI2 and PayPal readers next to a file that only looks like it and must still be refused:
/// reading these would need a guess (docs/formats.md).
/// </summary>
public sealed class TextFormatRefusalTests
{
    private static IEnumerable<string> Errors(ParsedFile parsed) =>
        parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => $"{p.Location}: {p.Message}");

    private const string Mt940Head = ":20:REF\n:25:NL44KNAB0123456789\n:28C:1/1\n:60F:C250313EUR1000,00\n";

    [Test]
    public void Mt940AmountWithoutCommaCutOffBeforeItsTypeCode_IsRefused_AsCutShort()
    {
        var parsed = Parse.Text(new Mt940Reader(), Mt940Head + ":61:2503140314C500\n:62F:C250314EUR1500,00\n-\n", "cut.sta");

        Assert.That(Errors(parsed), Is.EqualTo(new[]
        {
            "line 5: the amount '500' has no decimal comma and no transaction type follows it: the line looks cut short",
        }));
    }

    [TestCase("1.234", 3)]
    [TestCase("1234.", 0)]
    public void Mt940AmountWithAPointThatCouldBeAThousandsPoint_IsRefused(string amount, int digits)
    {
        var parsed = Parse.Text(new Mt940Reader(), Mt940Head + $":61:2503140314C{amount}NTRFNONREF\n:62F:C250314EUR2234,00\n-\n", "point.sta");

        Assert.That(Errors(parsed), Is.EqualTo(new[]
        {
            $"line 5: '{amount}' has a point where the decimal comma belongs, followed by {digits} digit(s): it could be a decimal point or a "
            + "thousands point, so it is not read; ask the bank for amounts with a decimal comma",
        }));
        Assert.That(parsed.RecordCount, Is.Zero);
    }

    [Test]
    public void Mt940DotDecimalStatementThatDoesNotBalance_StillSaysSo()
    {
        var parsed = Parse.Text(new Mt940Reader(),
            ":20:R\n:25:0001234567EUR\n:28:1\n:60F:C250313EUR000000001000.00\n:61:2503140314C000000000500.00NTRFX\n:62F:C250314EUR000000001400.00\n-\n", "d.sta");

        Assert.That(parsed.Statements.Single().Balanced, Is.False);
        Assert.That(parsed.Statements.Single().BalanceNote, Does.Contain("difference -100"));
    }

    [Test]
    public void Bai2EmptyFieldInsideARecord_NotBeforeAContinuation_IsStillRefused()
    {
        var parsed = Parse.Text(new Bai2Reader(), "01,B,C,250402,0600,1,,,2/\n02,C,B,1,250401,2400,USD,2/\n03,1,USD,010,250000,,0,,015,270000,,0/\n"
            + "49,520000,2/\n98,520000,1,4/\n99,520000,1,6/\n", "inside.bai");

        Assert.That(Errors(parsed).First(), Is.EqualTo("line 3: '' is not a three-digit BAI2 type code"));
    }

    [Test]
    public void Bai2BlankAccountControlTotal_OnAnAccountWithTransactions_IsRefused()
    {
        var parsed = Parse.Text(new Bai2Reader(), "01,B,C,250402,0600,1,,,2/\n02,C,B,1,250401,2400,USD,2/\n03,1,USD,010,100000,,/\n"
            + "16,195,50000,0,WIRE9,,TEST WIRE/\n49,,3/\n98,150000,1,5/\n99,150000,1,7/\n", "blank.bai");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "line 5: the account control total is blank, but the account has 1 transaction record(s) (16) for it to check" }));
    }

    [Test]
    public void PayPalLastRowShorterThanTheRowsBeforeIt_WithoutLineEnd_IsStillRefusedAsCutShort()
    {
        const string header = "\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\",\"Balance Impact\"\n";
        const string full = "\"03/10/2025\",\"10:00:00\",\"PDT\",\"Globex\",\"Website Payment\",\"Completed\",\"USD\",\"50.00\",\"-1.75\",\"48.25\",\"7AB1\",\"Credit\"\n";
        const string cut = "\"03/11/2025\",\"10:00:00\",\"PDT\",\"Initech\",\"Website Payment\",\"Completed\",\"USD\",\"20.00\",\"-0.88\",\"19.12\",\"1AA1";

        var parsed = Parse.Text(new PayPalReader(), header + full + full.Replace("7AB1", "7AB2", StringComparison.Ordinal) + cut, "cut.csv");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "line 4: the last row stops after 11 of 12 cells without a line end: the file is cut short" }));
    }

    [Test]
    public void StripeLastRowCutInsideItsNetAmount_IsRefused_NotReadAsASmallerAmount()
    {
        const string header = "automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
            + "reporting_category,source_id,description\n";
        const string full = "po_1,2025-03-14 00:00:00,txn_1,2025-03-11 15:02:11,2025-03-13 00:00:00,usd,120.00,3.78,116.22,charge,ch_1,Invoice INV-1001\n";
        const string cut = "po_1,2025-03-14 00:00:00,txn_2,2025-03-12 09:40:00,2025-03-13 00:00:00,usd,80.00,2.62,7";

        var parsed = Parse.Text(new StripeReader(), header + full + cut, "cut.csv");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "line 3: the last row stops after 9 of 12 cells without a line end: the file is cut short" }));
    }

    [Test]
    public void RowsAllOneCellShortWithoutLineEnd_WhoseLastCellIsUnquoted_AreStillRefused_ThatCellMayBeCut()
    {
        var rows = Reconciler.Tests.Ingest.Stripe.StripeLeniencyTests.Rows.Replace("\"", "", StringComparison.Ordinal);

        var parsed = Parse.Text(new StripeReader(), Reconciler.Tests.Ingest.Stripe.StripeLeniencyTests.Header + rows, "unquoted.csv");

        Assert.That(Errors(parsed), Is.EqualTo(new[] { "line 3: the last row stops after 12 of 13 cells without a line end: the file is cut short" }));
    }
}
