using Reconciler.Configuration;
using Reconciler.Runs;
using Reconciler.Storage.Sqlite;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Storage;

public sealed class RunLockTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 15, 2, 0, 0, TimeSpan.Zero);

    private static SqliteStore Store(TempFolder folder)
    {
        var store = new SqliteStore(folder.File("r.db"));
        store.Migrate();
        return store;
    }

    [Test]
    public void SecondHolder_IsRefused_AndToldWhoHoldsIt()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);
        Assert.That(store.TryAcquireLock("default", "R1", 100, "hostA", Now, TimeSpan.FromMinutes(30), _ => true), Is.Null);

        var holder = store.TryAcquireLock("default", "R2", 200, "hostB", Now.AddSeconds(5), TimeSpan.FromMinutes(30), _ => true);

        Assert.That(holder!.Holder, Is.EqualTo("R1"));
        Assert.That(holder.ToString(), Does.Contain("process 100 on hostA"));
    }

    [Test]
    public void LockOfADeadProcessOnThisHost_IsTakenOver()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);
        store.TryAcquireLock("default", "R1", 100, "hostA", Now, TimeSpan.FromMinutes(30), _ => true);

        var holder = store.TryAcquireLock("default", "R2", 200, "hostA", Now.AddSeconds(5), TimeSpan.FromMinutes(30), pid => pid != 100);

        Assert.That(holder, Is.Null);
    }

    [Test]
    public void LockWithoutHeartbeat_IsTakenOverAfterTheStaleTime()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);
        store.TryAcquireLock("default", "R1", 100, "hostA", Now, TimeSpan.FromMinutes(30), _ => true);

        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostB", Now.AddMinutes(10), TimeSpan.FromMinutes(30), _ => true), Is.Not.Null);
        Assert.That(store.TryAcquireLock("default", "R2", 200, "hostB", Now.AddMinutes(31), TimeSpan.FromMinutes(30), _ => true), Is.Null);
    }

    [Test]
    public void OtherLedgers_DoNotBlockEachOther()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);
        store.TryAcquireLock("clinic-a", "R1", 100, "hostA", Now, TimeSpan.FromMinutes(30), _ => true);

        Assert.That(store.TryAcquireLock("clinic-b", "R2", 200, "hostA", Now, TimeSpan.FromMinutes(30), _ => true), Is.Null);
    }

    [Test]
    public void ReleasedLock_CanBeTakenAgain()
    {
        using var folder = new TempFolder();
        using var store = Store(folder);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        using (RunLock.Acquire(store, "default", "R1", new RunLockSettings(), clock, Night.Logger))
        {
            Assert.That(() => RunLock.Acquire(store, "default", "R2", new RunLockSettings(), clock, Night.Logger), Throws.TypeOf<RunLockBusyException>()
                .With.Message.Contains("R1"));
        }

        using var again = RunLock.Acquire(store, "default", "R3", new RunLockSettings(), clock, Night.Logger);
        Assert.That(again, Is.Not.Null);
    }
}
