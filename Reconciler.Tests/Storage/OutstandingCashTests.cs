using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public class OutstandingCashTests
{
    private static readonly BankTransaction Line = new()
    {
        Id = "abc-1", Account = "000123456789", BookingDate = new DateOnly(2025, 3, 14), Amount = 120.50m, Currency = "USD",
        Counterparty = "ACME LLC", Remittance = "INV-1001", BankReference = "BR-9", CustomerReference = "CR-7", References = ["E2E-1"],
    };

    [Test]
    public void ACredit_KeepsTheLineAsRead_AndItsReportFields()
    {
        var cash = new OutstandingCash(Line, "bank.csv", 20.50m, new DateOnly(2025, 3, 14));

        Assert.That(cash.Transaction, Is.SameAs(Line));
        Assert.That((cash.Id, cash.Account, cash.BookingDate, cash.Amount, cash.Currency, cash.Counterparty, cash.Remittance),
            Is.EqualTo((Line.Id, Line.Account, Line.BookingDate, Line.Amount, Line.Currency, Line.Counterparty, Line.Remittance)));
    }

    [Test]
    public void ACreditWithoutItsDetails_KeepsWhatReportsRead_AndLetsTheRestGo()
    {
        var cash = new OutstandingCash(Line, "bank.csv", 20.50m, new DateOnly(2025, 3, 14));

        var kept = cash.WithoutDetails();

        Assert.That((kept.Id, kept.Account, kept.BookingDate, kept.Amount, kept.Currency, kept.Counterparty, kept.Remittance),
            Is.EqualTo((cash.Id, cash.Account, cash.BookingDate, cash.Amount, cash.Currency, cash.Counterparty, cash.Remittance)));
        Assert.That((kept.SourceFile, kept.Remaining, kept.IngestedAsOf), Is.EqualTo(("bank.csv", 20.50m, new DateOnly(2025, 3, 14))));
        Assert.That(kept.Transaction, Is.Not.SameAs(Line));
        Assert.That((kept.Transaction.Id, kept.Transaction.Amount, kept.Transaction.Remittance), Is.EqualTo((Line.Id, Line.Amount, Line.Remittance)));
        Assert.That(kept.Transaction.BankReference, Is.Null, "the details are gone");
        Assert.That(kept.WithoutDetails(), Is.SameAs(kept));
    }
}
