-- One run at a time per ledger: console runs and the worker take the same lock. A lock whose holder died
-- (same host, process gone) or stopped beating is recovered by the next run.
CREATE TABLE run_locks (
    ledger        TEXT PRIMARY KEY,
    holder        TEXT NOT NULL,             -- run id or worker id
    pid           INTEGER NOT NULL,
    host          TEXT NOT NULL,
    acquired_at   TIMESTAMPTZ NOT NULL,
    heartbeat_at  TIMESTAMPTZ NOT NULL
);
