-- The night's returns, refunds and disputes with what each undid: the journal and the proofs of a night read back from
-- the store (report, month-end) need them as the night had them.
CREATE TABLE reversals (
    run_id                TEXT NOT NULL REFERENCES runs(run_id),
    ordinal               INTEGER NOT NULL,       -- the night's order, which numbers their journal entries
    source_kind           TEXT NOT NULL,
    source_id             TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    currency              TEXT NOT NULL,
    amount_x4             INTEGER NOT NULL,
    original_source_kind  TEXT,
    original_source_id    TEXT,
    reopened_x4           INTEGER NOT NULL,
    unapplied_reduced_x4  INTEGER NOT NULL,
    account               TEXT,
    original_account      TEXT,
    settled_by            TEXT,
    PRIMARY KEY (run_id, ordinal)
) WITHOUT ROWID;
