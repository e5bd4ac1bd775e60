using Reconciler.Ingest;
using Reconciler.Ingest.X12;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.X12;

/// <summary>claims-5010.835: a paid, a partly paid, a denied, a reversed and a corrected claim, PLB L6 and WO.</summary>
public sealed class Era835ClaimsTests
{
    private ParsedFile parsed = null!;
    private PaymentBatch batch = null!;

    [OneTimeSetUp]
    public void ReadFixture()
    {
        parsed = Parse.File(new X12835Reader(), Repository.Fixture("x12-835", "claims-5010.835"));
        batch = parsed.Batches.Single();
    }

    private PaymentItem Item(string id) => batch.Items.Single(i => i.Id == id);

    [Test]
    public void BalancedFile_HasNoProblems()
    {
        Assert.That(parsed.Problems, Is.Empty);
    }

    [Test]
    public void Batch_TakesIdTraceAmountDateAndPayerFromTheHeader()
    {
        Assert.That(batch.Kind, Is.EqualTo("era_835"));
        Assert.That(batch.Id, Is.EqualTo("EFT0001234"));
        Assert.That(batch.Trace, Is.EqualTo("EFT0001234 1512345678"));
        Assert.That(batch.Amount, Is.EqualTo(457.50m));
        Assert.That(batch.Date, Is.EqualTo(new DateOnly(2025, 3, 14)));
        Assert.That(batch.Currency, Is.EqualTo("USD"));
        Assert.That(batch.Payer, Is.EqualTo("ACME HEALTH PLAN"));
    }

    [Test]
    public void PaymentMethod_IsRecordedInTheBatchLocation()
    {
        Assert.That(batch.Method, Is.EqualTo("ACH"));
        Assert.That(batch.Location, Does.StartWith("claims-5010.835:segment 3 (ST)"));
    }

    [Test]
    public void PaidClaim_IsAnItemKeyedByPatientControlNumber()
    {
        var item = Item("CLM-2001#1");

        Assert.That(item.Kind, Is.EqualTo("claim"));
        Assert.That(item.InvoiceReference, Is.EqualTo("CLM-2001"));
        Assert.That(item.Gross, Is.EqualTo(150m));
        Assert.That(item.Fee, Is.Zero);
        Assert.That(item.Claim!.Status, Is.EqualTo("1"));
        Assert.That(item.Claim.PayerClaimId, Is.EqualTo("ICN2001"));
        Assert.That(item.Claim.Adjustments, Is.Empty);
    }

    [Test]
    public void PartlyPaidClaim_CarriesServiceLevelContractualAndPatientAdjustments()
    {
        var claim = Item("CLM-2002#1").Claim!;

        Assert.That(claim.Charge, Is.EqualTo(500m));
        Assert.That(claim.Paid, Is.EqualTo(330m));
        Assert.That(claim.PatientResponsibility, Is.EqualTo(70m));
        Assert.That(claim.Adjustments, Is.EqualTo(new[]
        {
            new ClaimAdjustment("CO", "45", 60m), new ClaimAdjustment("PR", "1", 30m), new ClaimAdjustment("PR", "2", 20m),
            new ClaimAdjustment("CO", "45", 40m), new ClaimAdjustment("PR", "2", 20m),
        }));
    }

    [Test]
    public void DeniedClaim_HasStatus4AndItsClaimLevelReason()
    {
        var item = Item("CLM-2003#1");

        Assert.That(item.Claim!.IsDenied, Is.True);
        Assert.That(item.Gross, Is.Zero);
        Assert.That(item.Claim.Adjustments, Is.EqualTo(new[] { new ClaimAdjustment("CO", "50", 250m) }));
    }

    [Test]
    public void ReversalAndCorrection_ShareTheInvoiceReferenceWithOccurrenceNumberedIds()
    {
        var reversal = Item("CLM-2004#1");
        var correction = Item("CLM-2004#2");

        Assert.That(reversal.Claim!.IsReversal, Is.True);
        Assert.That(reversal.Gross, Is.EqualTo(-320m));
        Assert.That(reversal.Claim.PayerClaimId, Is.EqualTo("ICN2004"));
        Assert.That(reversal.Claim.Adjustments.Sum(a => a.Amount), Is.EqualTo(-80m));
        Assert.That(correction.Gross, Is.EqualTo(340m));
        Assert.That(correction.InvoiceReference, Is.EqualTo(reversal.InvoiceReference));
    }

    [Test]
    public void PlbInterest_AddsToThePaymentAndRecoupment_TakesFromIt()
    {
        var interest = Item("PLB#1");
        var recoupment = Item("PLB#2");

        Assert.That(interest.Kind, Is.EqualTo("plb"));
        Assert.That(interest.Gross, Is.EqualTo(2.50m));
        Assert.That(interest.Text, Is.EqualTo("L6:CLM-2002"));
        Assert.That(recoupment.Gross, Is.EqualTo(-45m));
        Assert.That(recoupment.Text, Is.EqualTo("WO:ICN1999"));
    }

    [Test]
    public void ItemNets_AddUpToTheBatchAmount()
    {
        Assert.That(batch.Items.Sum(i => i.Net), Is.EqualTo(batch.Amount));
    }

    [Test]
    public void EveryItem_IsForThePayerNotThePatient()
    {
        Assert.That(batch.Items.Select(i => i.Customer), Is.All.EqualTo("ACME HEALTH PLAN"));
    }

    [Test]
    public void PatientNames_AppearInNoOutputField()
    {
        var strings = new List<string?> { batch.Id, batch.Trace, batch.Payer, batch.Location };
        strings.AddRange(batch.Items.SelectMany(i => new[] { i.Id, i.Text, i.Customer, i.InvoiceReference, i.Location, i.Claim?.PayerClaimId }));
        strings.AddRange(parsed.Problems.Select(p => p.ToString()));
        var all = string.Join("|", strings);

        foreach (var name in new[] { "DOE", "JANE", "ROE", "RICHARD", "POE", "EDGAR", "LOE", "ANNA", "W10000000" })
        {
            Assert.That(all, Does.Not.Contain(name));
        }
    }
}
