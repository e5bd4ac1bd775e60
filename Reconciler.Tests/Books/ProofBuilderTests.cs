using Reconciler.Rules.Books;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Model;

namespace Reconciler.Tests.Books;

public sealed class ProofBuilderTests
{
    private static OpenItem Item(string number, decimal open, string currency = "USD") =>
        new(number, "C-1", "Customer", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), currency, open, open);

    private static Application Applied(string invoice, decimal amount, string kind = SourceKind.BankLine, string rule = "reference_exact_amount") =>
        new(kind, "B1", null, invoice, "C-1", amount, "USD", rule, 1m, "");

    [Test]
    public void RollForward_WithFiguresThatAgree_Closes()
    {
        var openings = ArOpening.From([Item("INV-1", 100m), Item("INV-2", 50m)], previous: null);

        var proof = ProofBuilder.ArRollForward(openings, [Applied("INV-1", 60m), Applied("INV-2", 5m, SourceKind.Adjustment, "tolerance_writeoff")],
            new Dictionary<string, decimal> { ["USD"] = 85m }, "1200").Single();

        Assert.That(proof.Opening, Is.EqualTo(150m));
        Assert.That(proof.Movements.Single(m => m.Key == "cash_applied").Value, Is.EqualTo(-60m));
        Assert.That(proof.Movements.Single(m => m.Key == "write_offs").Value, Is.EqualTo(-5m));
        Assert.That(proof.Difference, Is.Zero);
    }

    [Test]
    public void RollForward_WhoseClosingDisagreesWithItsMovements_DoesNotClose_AndRaisesProofOutOfBalanceWithTheFigures()
    {
        var openings = ArOpening.From([Item("INV-1", 100m)], previous: null);

        var proof = ProofBuilder.ArRollForward(openings, [Applied("INV-1", 60m)], new Dictionary<string, decimal> { ["USD"] = 45m }, "1200").Single();
        var problem = proof.ToDiscrepancy(new DateOnly(2026, 11, 20));

        Assert.That(proof.Difference, Is.EqualTo(100m - 60m - 45m));
        Assert.That(problem.Category, Is.EqualTo(DiscrepancyCategory.ProofOutOfBalance));
        Assert.That(problem.Severity, Is.EqualTo(Severity.Error));
        Assert.That(problem.Description, Does.Contain("opening 100.00").And.Contain("cash_applied -60.00").And.Contain("closing is 45.00").And.Contain("difference -5.00"));
    }

    [Test]
    public void Opening_OnALaterNight_IsThePreviousClosing_AndWhatBillingChangedIsBillingOrCreditNotes()
    {
        var previous = new List<(string, string, decimal)> { ("INV-1", "USD", 40m), ("INV-2", "USD", 10m), ("INV-3", "EUR", 70m) };

        var openings = ArOpening.From([Item("INV-1", 40m), Item("INV-3", 70m), Item("INV-4", 25m), Item("CN-1", -15m)], previous);

        var usd = openings.Single(o => o.Currency == "USD");
        var eur = openings.Single(o => o.Currency == "EUR");
        Assert.That(usd.Opening, Is.EqualTo(50m));
        Assert.That(usd.Billing, Is.EqualTo(25m - 10m + 70m), "INV-4 new, INV-2 gone, INV-3 now in USD");
        Assert.That(usd.CreditNotes, Is.EqualTo(-15m));
        Assert.That(eur.Opening + eur.Billing, Is.Zero, "INV-3 left the EUR receivables");
    }

    [Test]
    public void ACreditNoteUsedByAPayment_NetsAgainstTheCashApplied_NotReversalsOrCreditNotes()
    {
        // A payment of 85 = INV-1 (100) less CN-1 (-15): the note starts the night at -15 and is applied -15.
        var openings = ArOpening.From([Item("INV-1", 100m), Item("CN-1", -15m)], previous: null);
        Application[] applied = [Applied("INV-1", 100m), Applied("CN-1", -15m), Applied("INV-2", -30m, rule: "reversal")];

        var proof = ProofBuilder.ArRollForward(openings, applied, new Dictionary<string, decimal> { ["USD"] = 30m }, "1200", new HashSet<string> { "CN-1" }).Single();
        var figures = proof.Movements.ToDictionary(m => m.Key, m => m.Value);

        Assert.That(figures["credit_notes"], Is.Zero, "no note issued tonight");
        Assert.That(figures["reversals"], Is.EqualTo(30m), "only the reversal");
        Assert.That(figures["cash_applied"], Is.EqualTo(-85m), "the money received: 100 less the note's 15");
        Assert.That(proof.Difference, Is.Zero, "85 opening - 100 + 15 + 30 = 30");
    }

    [Test]
    public void CashProof_PerBankAccount_ClosesOnWhatTheEngineLeftUnapplied_AndShowsTheAccountMasked()
    {
        var cash = new[] { new BankReceipt("B1", "000123456789", "USD", 500m), new BankReceipt("B2", "000123456789", "USD", 96.80m) };
        var settlements = new[] { new Settlement("B2", 96.80m, "USD", "stripe_payout", "po_1", 96.80m, "matched", "payout_amount") };
        var closings = new[] { new MoneyClosing(SourceKind.BankLine, "B1", "USD", 100m, "refund") };
        var unapplied = new Dictionary<string, decimal> { ["B1"] = 0m, ["B2"] = 0m };

        var proof = ProofBuilder.Cash(cash, [Applied("INV-1", 400m)], settlements, closings, unapplied, AccountChart.ByRole).Single();
        var wrong = ProofBuilder.Cash(cash, [Applied("INV-1", 400m)], settlements, [], unapplied, AccountChart.ByRole).Single();

        Assert.That(proof.BankAccount, Is.EqualTo("****6789"));
        Assert.That(proof.Difference, Is.Zero);
        Assert.That(wrong.Difference, Is.EqualTo(100m), "a refund decision left out shows as a difference");
    }
}
