using Reconciler.Ingest;
using Reconciler.Ingest.Stripe;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Stripe;

public sealed class StripeReaderTests
{
    private static readonly StripeReader Reader = new();

    private static ParsedFile PayoutReport() => Parse.File(Reader, Repository.Fixture("stripe", "payout_reconciliation_itemized.csv"));

    private static ParsedFile Dashboard() => Parse.File(Reader, Repository.Fixture("stripe", "dashboard_all_transactions.csv"));

    private static PaymentBatch Batch(ParsedFile parsed, string id) => parsed.Batches.Single(b => b.Id == id);

    private static PaymentItem Item(ParsedFile parsed, string id) => parsed.Batches.SelectMany(b => b.Items).Single(i => i.Id == id);

    [Test]
    public void PayoutReport_ReadsWithoutProblems()
    {
        var parsed = PayoutReport();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Format, Is.EqualTo("stripe"));
    }

    [Test]
    public void PayoutReport_MakesOneBatchPerPayout_PlusPending()
    {
        var parsed = PayoutReport();

        Assert.That(parsed.Batches.Select(b => (b.Kind, b.Id)), Is.EqualTo(new[]
        {
            ("stripe_payout", "po_1Abc"), ("stripe_payout", "po_2Def"), ("pending", "pending"),
        }));
    }

    [Test]
    public void PayoutAmount_IsTheSumOfItsRowsNet()
    {
        var parsed = PayoutReport();

        Assert.That(Batch(parsed, "po_1Abc").Amount, Is.EqualTo(31.22m));
        Assert.That(Batch(parsed, "po_2Def").Amount, Is.EqualTo(1290.83m));
    }

    [Test]
    public void Payout_IsDatedOnItsEffectiveDate_TracedByPayoutId_InUpperCaseCurrency()
    {
        var batch = Batch(PayoutReport(), "po_1Abc");

        Assert.That(batch.Date, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(batch.Trace, Is.EqualTo("po_1Abc"));
        Assert.That(batch.Currency, Is.EqualTo("USD"));
        Assert.That(batch.Items, Has.Count.EqualTo(3));
    }

    [Test]
    public void RefundAndDispute_KeepTheirSignedGrossAndFee()
    {
        var parsed = PayoutReport();
        var refund = Item(parsed, "txn_1B");
        var dispute = Item(parsed, "txn_1C");

        Assert.That((refund.Kind, refund.Gross, refund.Fee, refund.Net), Is.EqualTo(("refund", -20.00m, 0.00m, -20.00m)));
        Assert.That((dispute.Kind, dispute.Gross, dispute.Fee, dispute.Net), Is.EqualTo(("dispute", -50.00m, 15.00m, -65.00m)));
    }

    [Test]
    public void GroupedThousands_AreReadInMajorUnits()
    {
        var charge = Item(PayoutReport(), "txn_2A");

        Assert.That((charge.Gross, charge.Fee, charge.Net), Is.EqualTo((1250.00m, 36.55m, 1213.45m)));
    }

    [TestCase("txn_1A", "INV-1001")]      // payment_metadata[invoice_number] beats payment_metadata[order_id]
    [TestCase("txn_1B", "INV-0990")]      // no metadata: taken from the description
    [TestCase("txn_2A", "4F2A19C-0003")]  // Stripe's own invoice_number column comes first
    [TestCase("txn_2B", "ORD-80")]        // payment_metadata[order_id] as the last resort
    public void InvoiceReference_FollowsThePreferenceOrder(string id, string expected)
    {
        Assert.That(Item(PayoutReport(), id).InvoiceReference, Is.EqualTo(expected));
    }

    [Test]
    public void Customer_IsTheNameElseTheEmail()
    {
        var parsed = PayoutReport();

        Assert.That(Item(parsed, "txn_1A").Customer, Is.EqualTo("Globex Corp"));
        Assert.That(Item(parsed, "txn_2A").Customer, Is.EqualTo("bob@hooli.example"));
    }

    [Test]
    public void RowWithoutPayoutId_WaitsInThePendingBatch()
    {
        var pending = PayoutReport().Batches.Single(b => b.Kind == "pending");

        Assert.That(pending.Items.Select(i => i.Id), Is.EqualTo(new[] { "txn_3A" }));
        Assert.That(pending.Amount, Is.EqualTo(43.39m));
    }

    [Test]
    public void Dashboard_PayoutRowIsNotAnItem_AndTheTransferColumnGroups()
    {
        var parsed = Dashboard();
        var payout = Batch(parsed, "po_D100");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(payout.Items.Select(i => i.Id), Is.EqualTo(new[] { "txn_D1", "txn_D2" }));
        Assert.That(payout.Amount, Is.EqualTo(163.90m));
        Assert.That(payout.Currency, Is.EqualTo("EUR"));
    }

    [Test]
    public void Dashboard_PayoutIsDatedOnItsTransferDate_AndMetadataGivesTheInvoice()
    {
        var parsed = Dashboard();

        Assert.That(Batch(parsed, "po_D100").Date, Is.EqualTo(new DateOnly(2026, 9, 4)));
        Assert.That(Item(parsed, "txn_D1").InvoiceReference, Is.EqualTo("2026-118"));
        Assert.That(parsed.Batches.Single(b => b.Kind == "pending").Items.Single().Id, Is.EqualTo("txn_D4"));
    }

    [Test]
    public void PayoutRowThatDisagreesWithItsItems_IsALocatedWarning()
    {
        const string csv = """
            id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description,Transfer
            txn_1,charge,ch_1,10.00,0.59,9.41,usd,2026-01-02 10:00,2026-01-04 00:00,x,po_9
            txn_2,payout,po_9,-9.00,0.00,-9.00,usd,2026-01-05 00:00,2026-01-06 00:00,STRIPE PAYOUT,
            """;

        var parsed = Parse.Text(Reader, csv, "d.csv");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 3"));
        Assert.That(parsed.Problems.Single().Message, Does.Contain("9.00").And.Contain("9.41"));
        Assert.That(Batch(parsed, "po_9").Date, Is.EqualTo(new DateOnly(2026, 1, 6)));
    }

    [Test]
    public void GrossMinusFeeNotNet_IsALocatedWarning_AndTheNetWins()
    {
        const string csv = """
            automatic_payout_id,balance_transaction_id,currency,gross,fee,net,reporting_category
            po_1,txn_1,usd,100.00,3.20,96.00,charge
            """;

        var parsed = Parse.Text(Reader, csv, "r.csv");
        var item = parsed.Batches.Single().Items.Single();

        Assert.That(parsed.Problems.Single().Severity, Is.EqualTo(ProblemSeverity.Warning));
        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 2"));
        Assert.That(parsed.Problems.Single().Field, Is.EqualTo("net"));
        Assert.That((item.Fee, item.Net), Is.EqualTo((4.00m, 96.00m)));
    }

    [Test]
    public void BadAmount_IsALocatedError_NamingTheField()
    {
        const string csv = """
            automatic_payout_id,balance_transaction_id,currency,gross,fee,net,reporting_category
            po_1,txn_1,usd,12x.00,0.00,12.00,charge
            """;

        var parsed = Parse.Text(Reader, csv, "r.csv");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.Single().ToString(), Does.StartWith("r.csv, line 2, field 'gross'"));
    }

    [Test]
    public void MissingCurrency_IsALocatedError()
    {
        const string csv = """
            automatic_payout_id,balance_transaction_id,currency,gross,fee,net,reporting_category
            po_1,txn_1,,12.00,0.00,12.00,charge
            """;

        var parsed = Parse.Text(Reader, csv, "r.csv");

        Assert.That(parsed.Problems.Single().Location, Is.EqualTo("line 2"));
        Assert.That(parsed.Problems.Single().Field, Is.EqualTo("currency"));
    }

    [Test]
    public void ExcelRoundTrippedDates_AreReadMonthFirst()
    {
        const string csv = """
            id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description,Transfer,Transfer Date (UTC)
            txn_1,charge,ch_1,10.00,0.59,9.41,usd,9/1/2026 14:03,9/13/2026 0:00,x,po_1,9/14/2026 0:00
            """;

        var parsed = Parse.Text(Reader, csv, "x.csv");

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Batches.Single().Date, Is.EqualTo(new DateOnly(2026, 9, 14)));
    }

    [Test]
    public void NotAStripeFile_IsAnErrorNotAnException()
    {
        var parsed = Parse.Text(Reader, "Date,Description,Amount\n2025-01-01,x,1.00\n", "bank.csv");

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Batches, Is.Empty);
    }
}
