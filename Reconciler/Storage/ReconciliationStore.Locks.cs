namespace Reconciler.Storage;

public partial class ReconciliationStore
{
    /// <summary>
    /// Check and set in one transaction: the ledger's row (or, on SQL Server, the gap where it would be; on SQLite, the
    /// whole database) stays locked from the read to the commit. Two processes finding no row both try to insert; the loser looks again.
    /// </summary>
    public LockHolder? TryAcquireLock(string ledger, string holder, int pid, string host, DateTimeOffset at, TimeSpan staleAfter, Func<int, bool> processAlive,
        Action<LockHolder>? tookOver = null)
    {
        (string, object?)[] claim = [("@ledger", ledger), ("@holder", holder), ("@pid", pid), ("@host", host), ("@at", Instant(at))];
        var insert = Dialect.InsertIfAbsent("run_locks", ["ledger", "holder", "pid", "host", "acquired_at", "heartbeat_at"],
            ["@ledger", "@holder", "@pid", "@host", "@at", "@at"], ["ledger"]);
        while (true)
        {
            using var unit = Begin();
            var current = Read($"""
                SELECT ledger, holder, pid, host, acquired_at, heartbeat_at FROM run_locks {Dialect.LockHint} WHERE ledger = @ledger {Dialect.LockSuffix}
                """, r => new LockHolder(Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3), Instant(r, 4), Instant(r, 5)),
                ("@ledger", ledger)).SingleOrDefault();
            if (current is null)
            {
                if (Execute(insert, claim) == 0) continue;
            }
            else
            {
                var dead = current.Host == host && !processAlive(current.Pid);
                var stale = at - current.HeartbeatAt > staleAfter;
                if (!dead && !stale) return current;
                Execute("UPDATE run_locks SET holder = @holder, pid = @pid, host = @host, acquired_at = @at, heartbeat_at = @at WHERE ledger = @ledger", claim);
                FailRun(current.Holder, current.AbandonedMessage(dead), at);
            }
            unit.Commit();
            if (current is not null) tookOver?.Invoke(current);
            return null;
        }
    }

    public void HeartbeatLock(string ledger, string holder, DateTimeOffset at) =>
        Execute("UPDATE run_locks SET heartbeat_at = @at WHERE ledger = @ledger AND holder = @holder", ("@at", Instant(at)), ("@ledger", ledger), ("@holder", holder));

    public void ReleaseLock(string ledger, string holder) =>
        Execute("DELETE FROM run_locks WHERE ledger = @ledger AND holder = @holder", ("@ledger", ledger), ("@holder", holder));
}
