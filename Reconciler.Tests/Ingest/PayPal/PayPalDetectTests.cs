using Reconciler.Ingest;
using Reconciler.Ingest.PayPal;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.PayPal;

public sealed class PayPalDetectTests
{
    private static readonly PayPalReader Reader = new();

    [TestCase("\"Date\",\"Time\",\"TimeZone\",\"Name\",\"Type\",\"Status\",\"Currency\",\"Gross\",\"Fee\",\"Net\",\"Transaction ID\",\"Balance Impact\"")]
    [TestCase("Date,Time,Time Zone,Description,Currency,Gross,Fee,Net,Balance,Transaction ID,From Email Address")]
    [TestCase("\"Datum\",\"Uhrzeit\",\"Zeitzone\",\"Name\",\"Typ\",\"Status\",\"Währung\",\"Brutto\",\"Gebühr\",\"Netto\",\"Transaktionscode\"")]
    [TestCase("Fecha,Hora,Zona horaria,Descripción,Divisa,Bruto,Comisión,Neto,Saldo,Id. de transacción")]
    public void PayPalHeaders_ScoreAboveBankCsv(string header)
    {
        Assert.That(Parse.Detect(Reader, "\uFEFF" + header + "\n"), Is.EqualTo(85));
    }

    [TestCase("Date,Description,Amount,Balance")]
    [TestCase("Datum;Name;Betrag;Währung;Saldo")]
    [TestCase("id,Type,Source,Amount,Fee,Net,Currency,Created (UTC),Available On (UTC),Description")]
    [TestCase("Date,Transaction ID,Amount,Balance")]
    public void OtherHeaders_AreNotPayPal(string header)
    {
        Assert.That(Parse.Detect(Reader, header + "\n"), Is.Zero);
    }

    [TestCase("activity_english.csv", "paypal")]
    [TestCase("activity_german.csv", "paypal")]
    public void TheRegistry_PicksPayPalOverTheBankCsvReader(string fixture, string expected)
    {
        var sniff = FileSniff.Read(Repository.Fixture("paypal", fixture));

        Assert.That(FormatRegistry.Default().Detect(sniff)?.Format, Is.EqualTo(expected));
    }

    [Test]
    public void TheRegistry_PicksStripeForAStripeReport()
    {
        var sniff = FileSniff.Read(Repository.Fixture("stripe", "payout_reconciliation_itemized.csv"));

        Assert.That(FormatRegistry.Default().Detect(sniff)?.Format, Is.EqualTo("stripe"));
    }
}
