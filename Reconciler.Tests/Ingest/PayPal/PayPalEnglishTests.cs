using Reconciler.Ingest;
using Reconciler.Ingest.PayPal;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.PayPal;

public sealed class PayPalEnglishTests
{
    private static readonly PayPalReader Reader = new();

    private static ParsedFile English() => Parse.File(Reader, Repository.Fixture("paypal", "activity_english.csv"));

    private static PaymentItem Item(ParsedFile parsed, string id) => parsed.Batches.SelectMany(b => b.Items).Single(i => i.Id == id);

    [Test]
    public void EnglishActivity_WithBomAndQuotes_ReadsWithoutProblems()
    {
        var parsed = English();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Format, Is.EqualTo("paypal"));
    }

    [Test]
    public void GeneralWithdrawal_IsABatchOfTheRowsBeforeIt_AsPositiveMoneyIn()
    {
        var withdrawal = English().Batches.Single(b => b.Kind == "paypal_withdrawal");

        Assert.That(withdrawal.Id, Is.EqualTo("9ZY98765XW432109V"));
        Assert.That(withdrawal.Date, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(withdrawal.Amount, Is.EqualTo(1358.80m));
        Assert.That(withdrawal.Currency, Is.EqualTo("USD"));
        Assert.That(withdrawal.Items.Select(i => i.Id), Is.EqualTo(new[] { "7AB12345CD678901E", "1AA11111BB222222C", "2BB22222CC333333D" }));
        Assert.That(withdrawal.Items.Sum(i => i.Net), Is.EqualTo(withdrawal.Amount));
    }

    [Test]
    public void NegativeFeeColumn_IsTheCostCharged()
    {
        var payment = Item(English(), "7AB12345CD678901E");

        Assert.That((payment.Kind, payment.Gross, payment.Fee, payment.Net), Is.EqualTo(("payment", 1250.00m, 36.55m, 1213.45m)));
        Assert.That(payment.InvoiceReference, Is.EqualTo("INV-1001"));
        Assert.That(payment.Customer, Is.EqualTo("Globex Corp"));
        Assert.That(payment.Text, Is.EqualTo("Express Checkout Payment; Order 1001"));
    }

    [Test]
    public void Refund_IsNegative_GivesFeeBack_AndTakesTheInvoiceOfThePaymentItReferences()
    {
        var refund = Item(English(), "2BB22222CC333333D");

        Assert.That((refund.Kind, refund.Gross, refund.Fee, refund.Net), Is.EqualTo(("refund", -50.00m, -1.45m, -48.55m)));
        Assert.That(refund.InvoiceReference, Is.EqualTo("INV-1002"));
        Assert.That(refund.Customer, Is.EqualTo("Initech"));
    }

    [Test]
    public void MemoRow_IsNotMoney()
    {
        var ids = English().Batches.SelectMany(b => b.Items).Select(i => i.Id);

        Assert.That(ids, Does.Not.Contain("8CC88888DD999999E"));
    }

    [Test]
    public void ConversionLegs_StayInTheirCurrency_AndCarryTheParentPaymentsInvoice()
    {
        var parsed = English();
        var pendingUsd = parsed.Batches.Single(b => b.Kind == "pending" && b.Currency == "USD");
        var pendingEur = parsed.Batches.Single(b => b.Kind == "pending" && b.Currency == "EUR");

        Assert.That(pendingUsd.Items.Single().Kind, Is.EqualTo("conversion"));
        Assert.That(pendingUsd.Items.Single().InvoiceReference, Is.EqualTo("INV-1003"));
        Assert.That(pendingUsd.Items.Single().Customer, Is.EqualTo("Müller GmbH"));
        Assert.That(pendingUsd.Amount, Is.EqualTo(104.35m));
        Assert.That(pendingEur.Items.Select(i => i.Id), Is.EqualTo(new[] { "3CC33333DD444444E", "4DD44444EE555555F" }));
        Assert.That(pendingEur.Amount, Is.Zero);
    }

    [Test]
    public void PositiveFeeDialect_IsNormalisedToTheCost()
    {
        const string csv = """
            Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID
            09/15/2025,02:32:15,PDT,John Doe,Mobile Payment,Completed,USD,100.00,2.90,97.10,3C456789DE012345F
            10/05/2025,19:15:44,PDT,Alice,Send Money,Completed,USD,-50.00,2.50,-52.50,8H901234IJ567890K
            """;

        var items = Parse.Text(Reader, csv, "p.csv").Batches.Single().Items;

        Assert.That(items.Select(i => (i.Fee, i.Net)), Is.EqualTo(new[] { (2.90m, 97.10m), (2.50m, -52.50m) }));
    }

    [Test]
    public void FeeThatFitsNeitherSign_IsALocatedWarning_AndTheNetWins()
    {
        const string csv = """
            Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID
            09/15/2025,02:32:15,PDT,John Doe,Mobile Payment,Completed,USD,100.00,2.90,96.00,3C456789DE012345F
            """;

        var parsed = Parse.Text(Reader, csv, "p.csv");

        Assert.That(parsed.Problems.Single().ToString(), Does.StartWith("p.csv, line 2, field 'Net'"));
        Assert.That(parsed.Batches.Single().Items.Single().Fee, Is.EqualTo(4.00m));
    }

    [Test]
    public void NewestFirstDownload_IsGroupedInTimeOrder()
    {
        const string csv = """
            Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID,Balance Impact
            03/20/2025,08:00:00,PDT,B,Website Payment,Completed,USD,30.00,0.00,30.00,T3,Credit
            03/14/2025,18:00:00,PDT,,General Withdrawal,Pending,USD,-10.00,0.00,-10.00,W1,Debit
            03/12/2025,09:00:00,PDT,A,Website Payment,Completed,USD,10.00,0.00,10.00,T1,Credit
            """;

        var parsed = Parse.Text(Reader, csv, "p.csv");

        Assert.That(parsed.Batches.Select(b => (b.Kind, b.Id, b.Items.Single().Id)), Is.EqualTo(new[]
        {
            ("paypal_withdrawal", "W1", "T1"), ("pending", "pending", "T3"),
        }));
    }

    [Test]
    public void AmbiguousEnglishDates_AreReadMonthFirst_WithAWarning_UnlessConfigured()
    {
        const string csv = """
            Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID
            02/01/2025,08:00:00,GMT,A,Website Payment,Completed,GBP,10.00,0.00,10.00,T1
            """;

        var auto = Parse.Text(Reader, csv, "p.csv");
        var uk = Parse.Text(new PayPalReader(new PayPalOptions { DateFormat = "dd/MM/yyyy" }), csv, "p.csv");

        Assert.That(auto.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(uk.Problems, Is.Empty);
        Assert.That(uk.Batches.Single().Items.Single().Location, Is.EqualTo("p.csv:2"));
    }

    [Test]
    public void BadDate_IsALocatedError_NamingTheField()
    {
        const string csv = """
            Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID
            03/12/2025,09:00:00,PDT,A,Website Payment,Completed,USD,10.00,0.00,10.00,T1
            yesterday,09:00:00,PDT,A,Website Payment,Completed,USD,10.00,0.00,10.00,T2
            """;

        var parsed = Parse.Text(Reader, csv, "p.csv");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Single().ToString(), Does.StartWith("p.csv, line 3, field 'Date'"));
    }

    [Test]
    public void EmptyOrForeignContent_IsAnErrorNotAnException()
    {
        Assert.That(Parse.Text(Reader, "", "e.csv").HasErrors, Is.True);
        Assert.That(Parse.Bytes(Reader, [0x00, 0xFF, 0x10, 0x22, 0x22, 0x0A], "b.csv").HasErrors, Is.True);
    }
}
