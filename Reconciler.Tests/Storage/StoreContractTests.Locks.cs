namespace Reconciler.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    [Test]
    public void RunLock_IsRefusedToASecondHolder_WhoIsToldWhoHoldsIt()
    {
        using var store = CreateStore();
        Assert.That(store.TryAcquireLock("default", "R1", 100, "hostA", At, StaleAfter, _ => true), Is.Null);

        var holder = store.TryAcquireLock("default", "R2", 200, "hostB", At.AddSeconds(5), StaleAfter, _ => true);

        Assert.That((holder?.Ledger, holder?.Holder, holder?.Pid, holder?.Host, holder?.AcquiredAt, holder?.HeartbeatAt),
            Is.EqualTo(("default", "R1", 100, "hostA", At, At)));
    }

    [Test]
    public void RunLock_OfADeadProcessOnTheSameHost_IsTakenOver()
    {
        using var store = CreateStore();
        store.TryAcquireLock("default", "R1", 100, "hostA", At, StaleAfter, _ => true);

        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostB", At.AddSeconds(5), StaleAfter, pid => pid != 100), Is.Not.Null,
            "a process on another host is not checked");
        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostA", At.AddSeconds(5), StaleAfter, pid => pid != 100), Is.Null);
        Assert.That(store.TryAcquireLock("default", "R3", 300, "hostA", At.AddSeconds(9), StaleAfter, _ => true)?.Holder, Is.EqualTo("R2"));
    }

    [Test]
    public void RunLock_IsTakenOverOnlyOnceItsHeartbeatIsOlderThanTheStaleTime()
    {
        using var store = CreateStore();
        store.TryAcquireLock("default", "R1", 100, "hostA", At, StaleAfter, _ => true);
        store.HeartbeatLock("default", "R1", At.AddMinutes(20));
        store.HeartbeatLock("default", "someone-else", At.AddMinutes(40));

        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostB", At.AddMinutes(31), StaleAfter, _ => true)?.HeartbeatAt, Is.EqualTo(At.AddMinutes(20)));
        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostB", At.AddMinutes(51), StaleAfter, _ => true), Is.Null);
    }

    [Test]
    public void RunLock_ReleasedByItsHolder_CanBeTakenAgain_WhileOtherLedgersNeverBlock()
    {
        using var store = CreateStore();
        store.TryAcquireLock("default", "R1", 100, "hostA", At, StaleAfter, _ => true);
        Assert.That(store.TryAcquireLock("clinic-b", "R9", 900, "hostA", At, StaleAfter, _ => true), Is.Null);

        store.ReleaseLock("default", "R2");
        Assert.That(store.TryAcquireLock("default", "R3", 300, "hostB", At.AddSeconds(1), StaleAfter, _ => true)?.Holder, Is.EqualTo("R1"));
        store.ReleaseLock("default", "R1");

        Assert.That(store.TryAcquireLock("default", "R3", 300, "hostB", At.AddSeconds(2), StaleAfter, _ => true), Is.Null);
    }
}
