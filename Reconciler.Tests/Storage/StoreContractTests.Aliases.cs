using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static OutstandingCash Line(string id, string? counterparty, string? remittance, decimal amount) => new(new BankTransaction
    {
        Id = id, Account = "000123", BookingDate = Night1, Amount = amount, Currency = "USD", Counterparty = counterparty, Remittance = remittance,
    }, "bank.csv", amount, Night1);

    private static Application Manual(string sourceId, string invoice, string customer, decimal amount) =>
        new(SourceKind.BankLine, sourceId, "bank.csv", invoice, customer, amount, "USD", "manual", 1.0m, "applied by reviewer decision");

    /// <summary>Night 1 leaves L-1 (ACME MFG) and L-2 unidentified and a short payment on L-3; the reviewer applies all three.</summary>
    private IReconciliationStore NightWithAppliedExceptions(out string acmeException)
    {
        var store = CreateStore();
        var acme = Unmatched("L-1", 150m);
        var other = Unmatched("L-2", 40m);
        var shortPaid = Unmatched("L-3", 20m) with { Category = "short_payment" };
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, exceptions: [(acme, Night1), (other, Night1), (shortPaid, Night1)]));
        store.RecordDecisions("review.xlsx", Hash('a'), Night1, [
            new(acme.Id, "apply", ["INV-1"], null, "unmatched_receipt", 2),
            new(other.Id, "apply", ["INV-9"], null, "unmatched_receipt", 3),
            new(shortPaid.Id, "apply", ["INV-5"], null, "short_payment", 2)], At);
        acmeException = acme.Id;
        return store;
    }

    [Test]
    public void AnAppliedUnidentifiedReceipt_IsLearnedOnce_AsItsRemitterTextForTheCustomerItWasAppliedTo()
    {
        using var store = NightWithAppliedExceptions(out var exception);
        IReadOnlyList<OutstandingCash> cash = [Line("L-1", "ACME MFG", "PAYMENT", 150m), Line("L-2", null, "  WIRE 7781 ", 40m), Line("L-3", "GLOBEX", null, 20m)];
        // L-2's apply named no open invoice, so nothing of it was applied tonight: nothing is learned from it.
        IReadOnlyList<Application> tonight = [Manual("L-1", "INV-1", "C-ACME", 150m), Manual("L-3", "INV-5", "C-GLOBEX", 20m)];

        var learned = store.PayerAliases.LearnFrom("R2", Night2, tonight, cash);
        var again = store.PayerAliases.LearnFrom("R3", Night2.AddDays(1), tonight, cash);

        var expected = new LearnedAlias("ACME MFG", "C-ACME", Night2, exception, "R2");
        Assert.That(learned, Is.EqualTo(new[] { expected }));
        Assert.That(again, Is.Empty, "a text already known keeps its first night");
        Assert.That(store.PayerAliases.Learned(), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void AnUnidentifiedReceiptWithoutCounterparty_IsLearnedByItsRemittanceText()
    {
        using var store = NightWithAppliedExceptions(out _);

        var learned = store.PayerAliases.LearnFrom("R2", Night2, [Manual("L-1", "INV-1", "C-ACME", 150m)], [Line("L-1", " ", "ACME MFG REMIT 42", 150m)]);

        Assert.That(learned.Select(a => (a.Text, a.CustomerId)), Is.EqualTo(new[] { ("ACME MFG REMIT 42", "C-ACME") }));
    }

    [Test]
    public void ALearnedAlias_IsRemovedByItsTextIgnoringCaseAndSpacing()
    {
        using var store = NightWithAppliedExceptions(out _);
        store.PayerAliases.LearnFrom("R2", Night2, [Manual("L-1", "INV-1", "C-ACME", 150m)], [Line("L-1", "ACME MFG", null, 150m)]);

        Assert.That(store.PayerAliases.Remove("acme  mfg"), Is.True);
        Assert.That(store.PayerAliases.Learned(), Is.Empty);
        Assert.That(store.PayerAliases.Remove("ACME MFG"), Is.False);
    }
}
