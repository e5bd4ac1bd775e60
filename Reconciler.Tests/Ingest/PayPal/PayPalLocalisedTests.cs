using Reconciler.Ingest;
using Reconciler.Ingest.PayPal;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.PayPal;

public sealed class PayPalLocalisedTests
{
    private static readonly PayPalReader Reader = new();

    private static ParsedFile German() => Parse.File(Reader, Repository.Fixture("paypal", "activity_german.csv"));

    private static PaymentItem Item(ParsedFile parsed, string id) => parsed.Batches.SelectMany(b => b.Items).Single(i => i.Id == id);

    [Test]
    public void GermanActivity_ReadsWithoutProblems()
    {
        Assert.That(German().Problems, Is.Empty);
    }

    [Test]
    public void GermanAmounts_UseTheDecimalComma_AndDotThousands()
    {
        var payment = Item(German(), "6HG12345AB678901C");

        Assert.That((payment.Gross, payment.Fee, payment.Net), Is.EqualTo((1234.56m, 43.56m, 1191.00m)));
        Assert.That(payment.InvoiceReference, Is.EqualTo("RE-2025-041"));
        Assert.That(payment.Customer, Is.EqualTo("Schmidt KG"));
    }

    [Test]
    public void AllgemeineAbbuchung_IsTheWithdrawal_DatedDayFirst()
    {
        var withdrawal = German().Batches.Single(b => b.Kind == "paypal_withdrawal");

        Assert.That(withdrawal.Id, Is.EqualTo("9LM45678DE901234F"));
        Assert.That(withdrawal.Date, Is.EqualTo(new DateOnly(2025, 4, 8)));
        Assert.That(withdrawal.Amount, Is.EqualTo(1228.81m));
        Assert.That(withdrawal.Items, Has.Count.EqualTo(3));
    }

    [Test]
    public void Rueckzahlung_IsARefund_LinkedToItsPayment()
    {
        var refund = Item(German(), "8KL34567CD890123E");

        Assert.That((refund.Kind, refund.Gross, refund.Fee, refund.Net), Is.EqualTo(("refund", -20.00m, -0.35m, -19.65m)));
        Assert.That(refund.InvoiceReference, Is.EqualTo("RE-2025-042"));
    }

    [Test]
    public void GermanMemoRow_IsSkipped_AndTheLastPaymentWaits()
    {
        var pending = German().Batches.Single(b => b.Kind == "pending");

        Assert.That(pending.Items.Select(i => i.Id), Is.EqualTo(new[] { "1NP56789EF012345G" }));
    }

    [Test]
    public void SpanishStatement_IsReadDayFirst_WithTheDecimalComma()
    {
        const string csv = """
            "Fecha","Hora","Zona horaria","Descripción","Divisa","Bruto","Comisión","Neto","Saldo","Id. de transacción","Correo electrónico del remitente","Nombre","Id. de transacción de referencia","Número de factura"
            "02/01/2020","10:00:00","CET","Pago recibido","EUR","4.626,81","-157,66","4.469,15","4.469,15","5TS12345AB678901C","cliente@ejemplo.example","Cliente SA","","F-2020-7"
            "03/01/2020","09:00:00","CET","Retirada general","EUR","-4.469,15","0,00","-4.469,15","0,00","6UV12345AB678901D","","","",""
            """;

        var parsed = Parse.Text(Reader, csv, "es.csv");
        var batch = parsed.Batches.Single();

        Assert.That(parsed.Problems, Is.Empty);
        Assert.That((batch.Kind, batch.Date, batch.Amount), Is.EqualTo(("paypal_withdrawal", (DateOnly?)new DateOnly(2020, 1, 3), 4469.15m)));
        Assert.That(batch.Items.Single().InvoiceReference, Is.EqualTo("F-2020-7"));
        Assert.That(batch.Items.Single().Fee, Is.EqualTo(157.66m));
    }
}
