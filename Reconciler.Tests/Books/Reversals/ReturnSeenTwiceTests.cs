using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// A return arrives twice: as the return file's entry (NACHA addenda 99) and as the bank's debit of it. It is one return:
/// the entry reopens the invoice once, and the bank debit is settled to the entry's batch, as a deposit to its payout.
/// </summary>
public sealed class ReturnSeenTwiceTests
{
    private static readonly DateOnly Night1 = new(2026, 11, 20);
    private static readonly DateOnly Night2 = new(2026, 11, 21);

    [Test]
    public void ReturnFileEntryAndBankDebit_ReopenTheInvoiceOnce_AndTheDebitIsSettledToTheReturn()
    {
        using var night = new Night();
        night.OpenItems("INV-7001,C-ACME,Acme,2026-10-11,2026-11-10,USD,450.00,450.00");
        Drop(night, "ach-credits-2026-11-20.ach");
        night.Run(Night1);
        File.Delete(Path.Combine(night.Inbox, "ach-credits-2026-11-20.ach"));
        Drop(night, "ach-returns-2026-11-21.ach");
        Drop(night, "firstbank-returns-2026-11-21.csv");

        night.Run(Night2);

        var settlements = Rows(night, Night2, "settlements.csv");
        Assert.That(ReversalApplications(night, Night2).Select(r => BooksFiles.Amount(r["applied_amount"])), Is.EqualTo(new[] { -450.00m }));
        Assert.That(settlements.Select(s => (s["rule"], BooksFiles.Amount(s["bank_amount"]))), Is.EqualTo(new[] { ("return_settlement", -450.00m) }));
        Assert.That(Rows(night, Night2, "exceptions.csv").Count(e => e["category"] == "returned_payment"), Is.EqualTo(1));
        Assert.That(BooksFiles.Amount(Aging(night, Night2, "C-ACME")!["total"]), Is.EqualTo(450.00m));
        AssertBooksClose(night, Night2);
    }
}
