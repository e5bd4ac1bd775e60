using Reconciler.Ingest.Stripe;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Stripe;

public sealed class StripeDetectTests
{
    private static readonly StripeReader Reader = new();

    [TestCase("automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category")]
    [TestCase("balance_transaction_id,created_utc,currency,gross,fee,net")]
    [TestCase("reporting_category,currency,gross,fee,net")]
    [TestCase("id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description")]
    [TestCase("\"id\",\"Type\",\"Source\",\"Amount\",\"Fee\",\"Net\",\"Currency\",\"Created (UTC)\",\"Available On (UTC)\"")]
    public void StripeHeaders_ScoreAboveBankCsv(string header)
    {
        Assert.That(Parse.Detect(Reader, header + "\n"), Is.EqualTo(85));
    }

    [TestCase("Date,Description,Amount,Balance")]
    [TestCase("id,Date,Type,Amount,Fee,Net,Currency")]
    [TestCase("Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,Transaction ID,Balance Impact")]
    [TestCase("Buchungstag;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag;Währung")]
    public void OtherHeaders_AreNotStripe(string header)
    {
        Assert.That(Parse.Detect(Reader, header + "\n"), Is.Zero);
    }
}
