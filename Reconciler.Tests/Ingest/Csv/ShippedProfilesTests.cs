using Reconciler.Configuration;
using Reconciler.Ingest.Csv;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Csv;

public sealed class ShippedProfilesTests
{
    private static BankCsvReader Reader()
    {
        var profiles = AppConfiguration.Load(Repository.Path("config", "appsettings.json")).LoadProfiles();
        return new BankCsvReader(profiles);
    }

    [Test]
    public void IngProfile_ReadsTheDutchLayout()
    {
        const string text = "Datum;Naam / Omschrijving;Rekening;Tegenrekening;Code;Af Bij;Bedrag (EUR);Mutatiesoort;Mededelingen\n"
            + "20250314;Globex BV;NL20INGB0001234567;NL44RABO0123456789;GT;Bij;600,00;Online bankieren;INV-1001\n"
            + "20250314;Kantoor;NL20INGB0001234567;;BA;Af;150,00;Betaalautomaat;pasnr 123\n";

        var parsed = Parse.Text(Reader(), text, "ing.csv");

        var lines = parsed.Statements.Single().Transactions;
        Assert.That(parsed.HasErrors, Is.False, string.Join("\n", parsed.Problems));
        Assert.That(lines.Select(t => (t.Amount, t.Currency)), Is.EqualTo(new[] { (600.00m, "EUR"), (-150.00m, "EUR") }));
        Assert.That(lines[0].Counterparty, Is.EqualTo("Globex BV"));
        Assert.That(lines[0].Account, Is.EqualTo("NL20INGB0001234567"));
    }

    [Test]
    public void SparkasseProfile_ReadsWindows1252AndTwoDigitYears()
    {
        var text = "Auftragskonto;Buchungstag;Valutadatum;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Kontonummer;BLZ;Betrag;Waehrung;Info\n"
            + "DE02100100100006820101;14.03.25;14.03.25;GUTSCHRIFT;RE INV-1001 Müller;Globex GmbH;DE445001;50010517;600,00;EUR;Umsatz gebucht\n";

        var parsed = Parse.Bytes(Reader(), Reconciler.Ingest.TextDecoding.Windows1252.GetBytes(text), "sparkasse.csv");

        var line = parsed.Statements.Single().Transactions.Single();
        Assert.That(parsed.HasErrors, Is.False, string.Join("\n", parsed.Problems));
        Assert.That((line.BookingDate, line.Amount, line.Remittance), Is.EqualTo((new DateOnly(2025, 3, 14), 600.00m, "RE INV-1001 Müller")));
    }
}
