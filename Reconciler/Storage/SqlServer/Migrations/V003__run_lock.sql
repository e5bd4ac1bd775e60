-- One run at a time per ledger: console runs and the worker take the same lock. A lock whose holder died
-- (same host, process gone) or stopped beating is recovered by the next run.
CREATE TABLE run_locks (
    ledger        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    holder        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- run id or worker id
    pid           INT NOT NULL,
    host          NVARCHAR(400) NOT NULL,
    acquired_at   DATETIMEOFFSET(3) NOT NULL,
    heartbeat_at  DATETIMEOFFSET(3) NOT NULL
);
