using Reconciler.Rules.Model;
using Reconciler.Storage;

namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Test]
    public void EarlierMoney_GivenTheAmountsReturned_ReadsOnlyCreditsOfThoseAmountsOrNamingACharge()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'e', "R1", Night1, "Date,Description,Amount\n2025-03-14,PAYMENT INV-1,100.00\n2025-03-14,PAYOUT ch_3Kx9AbCd,55.00\n"
            + "2025-03-14,PAYMENT INV-3,70.00\n2025-03-14,PAYMENT ch INV-4,80.00\n2025-03-14,FEE,-100.00\n");

        var all = store.EarlierMoney(Night1, Night2).Lines.Select(l => l.Transaction.Amount);
        var sought = store.EarlierMoney(Night1, Night2, [100m]).Lines.Select(l => l.Transaction.Amount);
        var noAmount = store.EarlierMoney(Night1, Night2, []).Lines.Select(l => l.Transaction.Amount);

        Assert.That(all, Is.EquivalentTo(new[] { 100m, 55m, 70m, 80m }), "credits only, every one without amounts");
        Assert.That(sought, Is.EquivalentTo(new[] { 100m, 55m }), "the returned amount, and the credit naming a charge id");
        Assert.That(noAmount, Is.EquivalentTo(new[] { 55m }));
    }

    [Test]
    public void EarlierMoney_FindsTheCreditsNamingAProcessorId_InAnyCaseAndAnyText_AndNoOthers()
    {
        using var store = CreateStore();
        store.StartRun("R1", Night1, "console", "h", At);
        Import(store, 'f', "R1", Night1, "Date,Description,Amount\n2025-03-14,STRIPE CH_3KX9ABCD,1.00\n2025-03-14,PAYOUT py_77aa88bb,2.00\n"
            + "2025-03-14,CHARGE 3KX9 ch-3,3.00\n2025-03-14,PAYMENT FROM CHURCH,4.00\n2025-03-14,PYMT_OK ch_,5.00\n");

        var named = store.EarlierMoney(Night1, Night2, []).Lines.Select(l => l.Transaction.Amount);

        Assert.That(named, Is.EquivalentTo(new[] { 1m, 2m, 5m }), "ch_ or py_ in a text, whatever the case; not ch- nor a word that only begins so");
    }

    [Test]
    public void KeptPriorPayments_AfterANightIsWritten_AreWhatAFreshReadGives()
    {
        var night3 = Night2.AddDays(1);
        using var store = CreateStore();
        using var fresh = OpenStore();
        ((ReconciliationStore)store).KeepPriorPayments();
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, applications: [Applied("INV-1", 10m), Applied("INV-2", 4m, "L-2")]));
        Assert.That(store.PriorPayments(Night2).Select(p => p.Amount), Is.EqualTo(new[] { 10m, 4m }));

        // Night 2 is replayed (it supersedes nothing earlier than itself), then night 3 asks.
        store.StartRun("R2", Night2, "backtest", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2, applications: [Applied("INV-3", 7m, "L-3")]));
        var kept = store.PriorPayments(night3).Select(p => (p.InvoiceNumber, p.Amount, p.SourceId)).ToList();

        Assert.That(kept, Is.EqualTo(fresh.PriorPayments(night3).Select(p => (p.InvoiceNumber, p.Amount, p.SourceId))));
        Assert.That(kept, Is.EqualTo(new[] { ("INV-1", 10m, "L-1"), ("INV-2", 4m, "L-2"), ("INV-3", 7m, "L-3") }));
        Assert.That(store.PriorPayments(Night2).Select(p => p.Amount), Is.EqualTo(new[] { 10m, 4m }), "an earlier night is read again");
    }

    [Test]
    public void KeptPriorWriteOffs_AfterANightIsWritten_AreWhatAFreshReadGives_AndLeaveTheLookBackBehind()
    {
        var night3 = Night2.AddDays(1);
        using var store = CreateStore();
        using var fresh = OpenStore();
        ((ReconciliationStore)store).KeepPriorWriteOffs();
        store.StartRun("R1", Night1, "console", "h", At);
        store.CompleteRun(Completed("R1", Night1, applications: [WrittenOff("INV-1", 3.20m, "CHARGE-1", "card_fee"), Applied("INV-2", 4m, "L-2")]));
        Assert.That(store.PriorWriteOffs(Night1, Night2).Select(w => w.Amount), Is.EqualTo(new[] { 3.20m }));

        // Night 2 is replayed, then night 3 asks, with the look-back still taking in night 1, then without it.
        store.StartRun("R2", Night2, "backtest", "h", At.AddDays(1));
        store.CompleteRun(Completed("R2", Night2, applications: [WrittenOff("INV-3", 0.50m, "L-3", "tolerance_writeoff")]));
        var kept = store.PriorWriteOffs(Night1, night3);
        var moved = store.PriorWriteOffs(Night2, night3);

        Assert.That(kept, Is.EqualTo(fresh.PriorWriteOffs(Night1, night3)));
        Assert.That(kept.Select(w => (w.InvoiceNumber, w.Amount)), Is.EqualTo(new[] { ("INV-1", 3.20m), ("INV-3", 0.50m) }));
        Assert.That(moved, Is.EqualTo(fresh.PriorWriteOffs(Night2, night3)).And.Count.EqualTo(1), "the night the look-back left behind goes");
        Assert.That(store.PriorWriteOffs(Night1, Night2).Select(w => w.Amount), Is.EqualTo(new[] { 3.20m }), "an earlier look-back is read again");
    }

    private static Application WrittenOff(string invoice, decimal amount, string source, string rule) =>
        new("adjustment", source, "stripe.csv", invoice, "C-1", amount, "USD", rule, 0.9m, "written off");
}
