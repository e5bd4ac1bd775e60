using Reconciler.Tests.Support;
using static Reconciler.Tests.Books.Reversals.ReversalNight;

namespace Reconciler.Tests.Books.Reversals;

/// <summary>
/// Every kind of row that takes money back, fed in a real-shaped file of each source, ends in a report: a Stripe refund
/// naming no charge, a dispute of an unknown charge, a won dispute with no dispute to undo, PayPal refund, chargeback
/// and payment reversal of unknown transactions, a NACHA return of an unknown trace, a returned bank debit with no
/// credit to return. And money returned before anyone applied it leaves the unapplied amount, not the receivables.
/// </summary>
public sealed class ReversingRowsAreNeverDroppedTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static Night RunNight()
    {
        var night = new Night();
        night.OpenItems("INV-9001,C-ACME,Acme,2026-10-11,2026-11-10,USD,100.00,100.00");
        foreach (var file in new[] { "unmatched-stripe-2026-11-20.csv", "unmatched-paypal-2026-11.csv", "unmatched-returns-2026-11-20.ach", "firstbank-operating-2026-11-20.csv" })
            Drop(night, file);
        night.Run(AsOf);
        return night;
    }

    [Test]
    public void EachReversingRowWhoseOriginalIsUnknown_IsAReturnedPaymentException_SayingWhatWasSearchedFor()
    {
        using var night = RunNight();

        var returned = Rows(night, AsOf, "exceptions.csv").Where(e => e["category"] == "returned_payment").Select(e => e["description"]).ToList();

        string[] rows = ["txn_1RvU01", "txn_1RvU02", "txn_1RvU03", "7RVU0001QP432100Z", "7RVU0002QP432100Z", "7RVU0003QP432100Z", "091000010000888", "NOBODY INC"];
        Assert.Multiple(() =>
        {
            foreach (var row in rows)
                Assert.That(returned.Where(d => d.Contains(row, StringComparison.Ordinal) && d.Contains("searched for", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(1), row);
        });
        Assert.That(returned.Single(d => d.Contains("txn_1RvU02", StringComparison.Ordinal)), Does.Contain("ch_3RvZZ9"));
        Assert.That(returned.Single(d => d.Contains("7RVU0002QP432100Z", StringComparison.Ordinal)), Does.Contain("Reference Txn ID 1NOTHERE0000000B"));
        Assert.That(returned.Single(d => d.Contains("091000010000888", StringComparison.Ordinal)), Does.Contain("original trace number 091000019999999"));
        Assert.That(ReversalApplications(night, AsOf), Is.Empty);
        AssertBooksClose(night, AsOf);
    }

    [Test]
    public void MoneyReturnedBeforeItWasApplied_LeavesTheUnappliedAmount_AndTheCashProofShowsItAsReturned()
    {
        using var night = RunNight();

        var cash = BooksFiles.Proofs(Path.Combine(night.Out(AsOf), "summary.json")).Single(p => (string)p["name"]! == "cash");
        var exceptions = Rows(night, AsOf, "exceptions.csv");

        // The unidentified credit of 215.40 came back in full (R01 naming the same remitter and reference 4471).
        Assert.That(BooksFiles.Figure(cash, "opening"), Is.EqualTo(215.40m));
        Assert.That(BooksFiles.Amount(cash["movements"]!["returned"]!.GetValue<string>()), Is.EqualTo(-215.40m));
        Assert.That(BooksFiles.Figure(cash, "closing"), Is.Zero);
        Assert.That(exceptions.Where(e => e["category"] == "unmatched_receipt"), Is.Empty);
        Assert.That(exceptions.Single(e => e["description"].Contains("R01", StringComparison.Ordinal))["description"], Does.Contain("215.40 taken off its unapplied rest"));
        Assert.That(BooksFiles.Amount(Aging(night, AsOf, "C-ACME")!["total"]), Is.EqualTo(100.00m));
        AssertBooksClose(night, AsOf);
    }
}
