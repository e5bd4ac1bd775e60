namespace Reconciler.Storage.Sqlite;

public sealed partial class SqliteStore
{
    public LockHolder? TryAcquireLock(string ledger, string holder, int pid, string host, DateTimeOffset at, TimeSpan staleAfter, Func<int, bool> processAlive,
        Action<LockHolder>? tookOver = null)
    {
        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default) takes the write lock first, so two processes cannot both win.
        using var transaction = _connection.BeginTransaction();
        var current = Rows("SELECT ledger, holder, pid, host, acquired_at, heartbeat_at FROM run_locks WHERE ledger = $ledger",
            r => new LockHolder(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), ParseInstant(r.GetString(4)), ParseInstant(r.GetString(5))),
            transaction, ("$ledger", ledger)).SingleOrDefault();
        if (current is not null)
        {
            var dead = current.Host == host && !processAlive(current.Pid);
            var stale = at - current.HeartbeatAt > staleAfter;
            if (!dead && !stale) return current;
            // The holder is the run id: a run whose process died holding the lock can never finish, so it is marked abandoned.
            using var abandon = Command("UPDATE runs SET status = 'failed', message = $message, finished_at = $at WHERE run_id = $id AND status = 'running'",
                ("$id", current.Holder), ("$message", current.AbandonedMessage(dead)), ("$at", Instant(at)));
            abandon.Transaction = transaction;
            abandon.ExecuteNonQuery();
        }
        using var upsert = Command("""
            INSERT INTO run_locks(ledger, holder, pid, host, acquired_at, heartbeat_at) VALUES ($ledger, $holder, $pid, $host, $at, $at)
            ON CONFLICT(ledger) DO UPDATE SET holder = excluded.holder, pid = excluded.pid, host = excluded.host,
                acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at
            """, ("$ledger", ledger), ("$holder", holder), ("$pid", pid), ("$host", host), ("$at", Instant(at)));
        upsert.Transaction = transaction;
        upsert.ExecuteNonQuery();
        transaction.Commit();
        if (current is not null) tookOver?.Invoke(current);
        return null;
    }

    public void HeartbeatLock(string ledger, string holder, DateTimeOffset at) =>
        Execute("UPDATE run_locks SET heartbeat_at = $at WHERE ledger = $ledger AND holder = $holder", ("$at", Instant(at)), ("$ledger", ledger), ("$holder", holder));

    public void ReleaseLock(string ledger, string holder) =>
        Execute("DELETE FROM run_locks WHERE ledger = $ledger AND holder = $holder", ("$ledger", ledger), ("$holder", holder));

    public IReadOnlyList<FileProblem> FileProblems(DateOnly asOf)
    {
        var quarantined = Rows("""
            SELECT file_name, content_hash, problems FROM imports WHERE status = 'quarantined' AND as_of = $asOf ORDER BY file_name, content_hash
            """, r => new FileProblem("quarantined", r.GetString(0), r.GetString(1), 0, "", "", null, r.GetString(2)), null, ("$asOf", Date(asOf)));
        var unbalanced = Rows("""
            SELECT i.file_name, i.content_hash, s.ordinal, s.account, s.currency, s.closing_x4, COALESCE(s.balance_note, '')
            FROM statements s JOIN imports i ON i.import_id = s.import_id
            WHERE i.status = 'ingested' AND i.as_of = $asOf AND s.balanced = 0 ORDER BY i.file_name, s.ordinal
            """, r => new FileProblem("out_of_balance", r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4),
                r.IsDBNull(5) ? null : Fixed4.FromStore(r.GetInt64(5)), r.GetString(6)), null, ("$asOf", Date(asOf)));
        // The same bad file dropped twice on one night is one problem.
        return quarantined.DistinctBy(q => q.ContentHash).Concat(unbalanced).ToList();
    }
}
