using Reconciler.Rules.Configuration;
using Reconciler.Rules.Discrepancies;
using Reconciler.Rules.Matching;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Rules.Matching;

public sealed class MatchingEngineTests
{
    private static MatchingEngine Engine => Night.Engine;

    private static MatchingInput Input(IReadOnlyList<OpenItem> items, params CashCandidate[] cash) =>
        new() { AsOf = Some.Night, OpenItems = items, Cash = cash };

    [Test]
    public void MoneyIsTakenInDateOrder_SoTheEarlierPaymentPaysAndTheLaterOneIsTheDuplicate()
    {
        var later = Some.Payment(100m, "INV-1", id: "B-A", date: Some.Night);
        var earlier = Some.Payment(100m, "INV-1", id: "B-Z", date: Some.Night.AddDays(-1));

        var result = Engine.Run(Input([Some.Invoice("INV-1", 100m)], later, earlier));

        Assert.That(result.Applications.Single().SourceId, Is.EqualTo("B-Z"));
        Assert.That(result.Discrepancies.Single(), Has.Property("Category").EqualTo(DiscrepancyCategory.DuplicatePayment).And.Property("SourceId").EqualTo("B-A"));
    }

    [Test]
    public void ThousandsOfPaymentsIdentifiedByNameAlone_EachGoToItsOwnCustomer_TheSameOnEveryRun()
    {
        // Every name shares a word ("Holdings") with all the others: only its own made-up word (eight random letters, so no
        // two are a typo apart) may decide.
        const int payers = 3_000;
        var random = new Random(7);
        var words = new HashSet<string>();
        while (words.Count < payers) words.Add(new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        var names = words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]).ToList();
        var items = names.Select((n, i) => Some.Invoice($"INV-{i:D5}", 100m + i, $"C-{i:D5}", $"{n} Holdings")).ToList();
        var cash = names.Select((n, i) => Some.Payment(100m + i, id: $"B-{i:D5}", counterparty: $"{n.ToUpperInvariant()} HOLDINGS LLC")).ToArray();

        var first = Engine.Run(Input(items, cash));
        var again = Engine.Run(Input(items, cash));

        Assert.That(first.Applications.Select(a => (a.SourceId, a.InvoiceNumber, a.Rule)),
            Is.EqualTo(Enumerable.Range(0, payers).Select(i => ($"B-{i:D5}", $"INV-{i:D5}", "amount_customer"))));
        Assert.That(again.Applications, Is.EqualTo(first.Applications));
        Assert.That(again.Trail, Is.EqualTo(first.Trail));
    }

    [Test]
    public void SameInputInAnotherOrder_GivesTheSameResult()
    {
        var items = new[] { Some.Invoice("INV-1", 100m), Some.Invoice("INV-2", 200m, "C-2", "Initech"), Some.Invoice("INV-3", 50m) };
        var cash = new[] { Some.Payment(100m, "INV-1", "B-1"), Some.Payment(200m, "INITECH", "B-2"), Some.Payment(75m, "", "B-3"), Some.Payment(50m, "INV 3", "B-4") };

        var forward = Engine.Run(Input(items, cash));
        var backward = Engine.Run(Input(items.Reverse().ToList(), cash.Reverse().ToArray()));

        Assert.That(backward.Applications, Is.EqualTo(forward.Applications));
        Assert.That(backward.Discrepancies.Select(d => d.Id), Is.EqualTo(forward.Discrepancies.Select(d => d.Id)));
        Assert.That(backward.Trail, Is.EqualTo(forward.Trail));
    }

    [Test]
    public void Ambiguity_AppliesNothing_AndListsTheCandidates()
    {
        var items = new[] { Some.Invoice("INV-1", 1500m, "C-W", "Wayne Enterprises"), Some.Invoice("INV-2", 1500m, "C-W", "Wayne Enterprises") };

        var result = Engine.Run(Input(items, Some.Payment(1500m, "WAYNE ENTERPRISES")));

        Assert.That(result.Applications, Is.Empty);
        var ambiguous = result.Discrepancies.Single();
        Assert.That(ambiguous.Category, Is.EqualTo(DiscrepancyCategory.AmbiguousMatch));
        Assert.That(ambiguous.Candidates, Is.EqualTo(new[] { "INV-1", "INV-2" }));
        Assert.That(result.UnappliedBySource["B-1"], Is.EqualTo(1500m));
    }

    [Test]
    public void ReviewModeRule_OnlySuggests()
    {
        var result = Engine.Run(Input([Some.Invoice("INV-1", 310m, issued: Some.Night.AddDays(-5))], Some.Payment(310m, "MOBILE DEPOSIT")));

        Assert.That(result.Applications, Is.Empty);
        Assert.That(result.Discrepancies.Single().SuggestedAction, Does.Contain("INV-1"));
        Assert.That(result.Trail.Last().Outcome, Is.EqualTo("suggested"));
    }

    [Test]
    public void Trail_RecordsEveryRuleThatRejectedThePayment()
    {
        var result = Engine.Run(Input([Some.Invoice("INV-1", 100m)], Some.Payment(40m, "INV-1")));

        var trail = result.Trail.Where(t => t.SourceId == "B-1").ToList();
        // The rejections before the deciding rule are one entry, each rule's reason in its detail.
        var rejected = trail.Single(t => t.Rule == "cash rules");
        Assert.That(rejected.Outcome, Is.EqualTo("no match"));
        Assert.That(rejected.Detail, Does.Contain("reference_exact_amount: ").And.Contain("40.00").And.Contain("100.00"));
        Assert.That(trail.Select(t => t.Rule), Does.Contain("reference_partial"));
    }

    [Test]
    public void OldUnappliedMoney_IsStale()
    {
        var result = Engine.Run(Input([], Some.Payment(80m, "DEPOSIT", date: Some.Night.AddDays(-45))));

        Assert.That(result.Discrepancies.Single().Category, Is.EqualTo(DiscrepancyCategory.StaleUnappliedCash));
    }

    [Test]
    public void ReturnedItemAmongTheDebits_IsFlagged_AndAnOrdinaryFeeIsNot()
    {
        var input = Input([]) with
        {
            Debits = [Some.Payment(-980.50m, "RETURNED ITEM R01 NSF", "D-1"), Some.Payment(-35m, "MONTHLY SERVICE FEE", "D-2")],
        };

        var result = Engine.Run(input);

        Assert.That(result.Discrepancies.Select(d => (d.Category, d.SourceId)), Is.EqualTo(new[] { (DiscrepancyCategory.ReturnedPayment, "D-1") }));
    }

    [Test]
    public void SettledDeposit_IsNotAlsoAppliedToInvoices()
    {
        var payout = new NightBatch("K1", new PaymentBatch { Kind = "stripe_payout", Id = "po_1", Amount = 100m, Currency = "USD", Date = Some.Night, Items = [] });
        var input = Input([Some.Invoice("INV-1", 100m)], Some.Payment(100m, "STRIPE TRANSFER INV-1")) with { Batches = [payout] };

        var result = Engine.Run(input);

        Assert.That(result.Settlements.Single().BatchId, Is.EqualTo("po_1"));
        Assert.That(result.Applications, Is.Empty);
    }
}
