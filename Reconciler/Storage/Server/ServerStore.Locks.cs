namespace Reconciler.Storage.Server;

public abstract partial class ServerStore
{
    /// <summary>
    /// Check and set in one transaction: the ledger's row (or, on SQL Server, the gap where it would be) stays locked
    /// from the read to the commit. Two processes finding no row both try to insert; the loser looks again.
    /// </summary>
    public LockHolder? TryAcquireLock(string ledger, string holder, int pid, string host, DateTimeOffset at, TimeSpan staleAfter, Func<int, bool> processAlive,
        Action<LockHolder>? tookOver = null)
    {
        var sql = Sql.Locks;
        (string, object?)[] claim = [("@ledger", ledger), ("@holder", holder), ("@pid", pid), ("@host", host), ("@at", Instant(at))];
        while (true)
        {
            using var unit = Begin();
            var current = Read(sql.Current, r => new LockHolder(Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3), Instant(r, 4), Instant(r, 5)),
                ("@ledger", ledger)).SingleOrDefault();
            if (current is null)
            {
                if (Execute(sql.Insert, claim) == 0) continue;
            }
            else
            {
                var dead = current.Host == host && !processAlive(current.Pid);
                var stale = at - current.HeartbeatAt > staleAfter;
                if (!dead && !stale) return current;
                Execute(sql.TakeOver, claim);
                Execute(Sql.Runs.Fail, ("@id", current.Holder), ("@message", current.AbandonedMessage(dead)), ("@at", Instant(at)));
            }
            unit.Commit();
            if (current is not null) tookOver?.Invoke(current);
            return null;
        }
    }

    public void HeartbeatLock(string ledger, string holder, DateTimeOffset at) =>
        Execute(Sql.Locks.Heartbeat, ("@at", Instant(at)), ("@ledger", ledger), ("@holder", holder));

    public void ReleaseLock(string ledger, string holder) => Execute(Sql.Locks.Release, ("@ledger", ledger), ("@holder", holder));

    public IReadOnlyList<FileProblem> FileProblems(DateOnly asOf)
    {
        var quarantined = Read(Sql.Imports.Quarantined, r => new FileProblem("quarantined", Text(r, 0), Text(r, 1), 0, "", "", null, Text(r, 2)),
            ("@asOf", asOf));
        var unbalanced = Read(Sql.Imports.Unbalanced, r => new FileProblem("out_of_balance", Text(r, 0), Text(r, 1), (int)Long(r, 2), Text(r, 3),
            Text(r, 4), NullableAmount(r, 5), Text(r, 6)), ("@asOf", asOf));
        // The same bad file dropped twice on one night is one problem.
        return quarantined.DistinctBy(q => q.ContentHash).Concat(unbalanced).ToList();
    }
}
