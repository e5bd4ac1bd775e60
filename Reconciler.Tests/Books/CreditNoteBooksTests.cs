using Reconciler.Rules.Books;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Books;

public sealed class CreditNoteBooksTests
{
    private static readonly OpenItem[] Items =
    [
        Some.Invoice("INV-1", 300m, "C-M", "Massive Dynamic"),
        Some.Invoice("INV-2", 125.50m, "C-M", "Massive Dynamic"),
        Some.Invoice("CN-7", -40m, "C-M", "Massive Dynamic", amount: -40m),
    ];

    private const decimal Paid = 385.50m;

    private static MatchingResult Match() => Night.Engine.Run(new MatchingInput
    {
        AsOf = Some.Night, OpenItems = Items, Cash = [Some.Payment(Paid, "ACH CREDIT MASSIVE DYNAMIC", "B-1")],
    });

    [Test]
    public void PaymentOfInvoicesLessACreditNote_ThroughTheEngine_ClosesAllThreeAndLeavesNothingUnapplied()
    {
        var matching = Match();

        Assert.That(matching.Applications.Select(a => (a.InvoiceNumber, a.AppliedAmount, a.Rule)), Is.EquivalentTo(new[]
        {
            ("INV-1", 300m, "combination"), ("INV-2", 125.50m, "combination"), ("CN-7", -40m, "combination"),
        }));
        Assert.That(ExceptionClassifier.OpenAfter(Items, matching).Values, Is.All.EqualTo(0m));
        Assert.That(matching.UnappliedBySource["B-1"], Is.EqualTo(0m));
        Assert.That(matching.Discrepancies, Is.Empty);
    }

    [Test]
    public void UsedCreditNote_IsJournalledAsAReversedApplication_AndEveryEntryBalances()
    {
        var matching = Match();
        var entries = JournalBuilder.Build(new BooksNight
        {
            AsOf = Some.Night, Receipts = [new BankReceipt("B-1", "000123456789", "USD", Paid)], Applications = matching.Applications,
        });

        Assert.That(entries.All(e => e.Balances), Is.True);
        var lines = entries.SelectMany(e => e.Lines).ToList();
        decimal Net(string role) => lines.Where(l => l.Account.Role == role).Sum(l => l.Debit - l.Credit);
        // Receivables fall by what the invoices owed less the note; unapplied cash ends where it started: nothing left.
        Assert.That(Net(AccountRole.AccountsReceivable), Is.EqualTo(-Items.Sum(i => i.OpenAmount)));
        Assert.That(Net(AccountRole.UnappliedCash), Is.EqualTo(0m));
        var note = entries.Single(e => e.Lines.Any(l => l.InvoiceNumber == "CN-7"));
        Assert.That(note.Lines.Single(l => l.Account.Role == AccountRole.AccountsReceivable).Debit, Is.EqualTo(40m));
    }
}
