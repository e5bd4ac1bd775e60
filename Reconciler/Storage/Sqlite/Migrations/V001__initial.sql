-- Amounts are INTEGER ten-thousandths (fixed 4 decimals) beside a currency code: exact, summable, never REAL.
-- Dates are TEXT yyyy-MM-dd; instants are TEXT ISO 8601 UTC.

CREATE TABLE imports (
    import_id     INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    format        TEXT NOT NULL,
    status        TEXT NOT NULL,            -- ingested | quarantined
    records       INTEGER NOT NULL,
    problems      TEXT NOT NULL,            -- one located problem per line
    as_of         TEXT NOT NULL,            -- the night that first read it
    run_id        TEXT NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_imports_ingested_hash ON imports(content_hash) WHERE status = 'ingested';

CREATE TABLE statements (
    statement_id  INTEGER PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports(import_id),
    ordinal       INTEGER NOT NULL,
    account       TEXT NOT NULL,
    currency      TEXT NOT NULL,
    opening_x4    INTEGER,
    closing_x4    INTEGER,
    balanced      INTEGER,                  -- 1, 0 or NULL when the file carries no check
    balance_note  TEXT
);

-- Keyed by the file's content hash and the line's position: two identical lines in one file stay two.
CREATE TABLE bank_transactions (
    line_id        TEXT PRIMARY KEY,
    import_id      INTEGER NOT NULL REFERENCES imports(import_id),
    statement_id   INTEGER NOT NULL REFERENCES statements(statement_id),
    ordinal        INTEGER NOT NULL,
    account        TEXT NOT NULL,
    booking_date   TEXT NOT NULL,
    value_date     TEXT,
    amount_x4      INTEGER NOT NULL,
    currency       TEXT NOT NULL,
    status         TEXT NOT NULL,           -- booked | pending | info
    type_code      TEXT,
    bank_ref       TEXT,
    customer_ref   TEXT,
    counterparty   TEXT,
    remittance     TEXT,
    refs           TEXT,                    -- JSON array
    reversal       INTEGER NOT NULL,
    items          TEXT,                    -- JSON array of batch details
    location       TEXT
);
CREATE INDEX ix_bank_transactions_import ON bank_transactions(import_id);

CREATE TABLE payment_batches (
    batch_key     TEXT PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports(import_id),
    ordinal       INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    batch_id      TEXT NOT NULL,
    batch_date    TEXT,
    amount_x4     INTEGER NOT NULL,
    currency      TEXT NOT NULL,
    trace         TEXT,
    payer         TEXT,
    location      TEXT
);

CREATE TABLE payment_items (
    item_key      TEXT PRIMARY KEY,
    batch_key     TEXT NOT NULL REFERENCES payment_batches(batch_key),
    ordinal       INTEGER NOT NULL,
    item_id       TEXT NOT NULL,
    kind          TEXT NOT NULL,
    gross_x4      INTEGER NOT NULL,
    fee_x4        INTEGER NOT NULL,
    invoice_ref   TEXT,
    customer      TEXT,
    text          TEXT,
    claim         TEXT,                     -- JSON of the 835 claim, when there is one
    location      TEXT
);
CREATE INDEX ix_payment_items_batch ON payment_items(batch_key);

CREATE TABLE runs (
    run_id        TEXT PRIMARY KEY,
    as_of         TEXT NOT NULL,
    status        TEXT NOT NULL,            -- running | completed | failed | superseded
    trigger       TEXT NOT NULL,            -- console | schedule | rerun
    rules_hash    TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    message       TEXT,
    counts        TEXT                      -- JSON
);
CREATE INDEX ix_runs_as_of ON runs(as_of, status);

CREATE TABLE run_inputs (
    run_id        TEXT NOT NULL REFERENCES runs(run_id),
    import_id     INTEGER NOT NULL REFERENCES imports(import_id),
    outcome       TEXT NOT NULL,            -- ingested | already_ingested | quarantined
    PRIMARY KEY (run_id, import_id)
);

CREATE TABLE open_item_snapshots (
    run_id          TEXT NOT NULL REFERENCES runs(run_id),
    invoice_number  TEXT NOT NULL,
    customer_id     TEXT NOT NULL,
    customer_name   TEXT NOT NULL,
    issue_date      TEXT NOT NULL,
    due_date        TEXT NOT NULL,
    currency        TEXT NOT NULL,
    amount_x4       INTEGER NOT NULL,
    open_x4         INTEGER NOT NULL,       -- what was owed at the start of the night
    PRIMARY KEY (run_id, invoice_number)
);

-- Rows are never updated in place: a run's results stay as written; a rerun adds a new run.
CREATE TABLE applications (
    application_id  INTEGER PRIMARY KEY,
    run_id          TEXT NOT NULL REFERENCES runs(run_id),
    source_kind     TEXT NOT NULL,
    source_id       TEXT NOT NULL,
    source_file     TEXT,
    invoice_number  TEXT NOT NULL,
    customer_id     TEXT NOT NULL,
    applied_x4      INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    rule            TEXT NOT NULL,
    confidence      TEXT NOT NULL,
    explanation     TEXT NOT NULL
);
CREATE INDEX ix_applications_run ON applications(run_id);
CREATE INDEX ix_applications_invoice ON applications(invoice_number);

CREATE TABLE settlements (
    settlement_id   INTEGER PRIMARY KEY,
    run_id          TEXT NOT NULL REFERENCES runs(run_id),
    bank_line_id    TEXT NOT NULL,
    bank_x4         INTEGER NOT NULL,
    currency        TEXT NOT NULL,
    batch_kind      TEXT NOT NULL,
    batch_id        TEXT NOT NULL,
    batch_x4        INTEGER NOT NULL,
    status          TEXT NOT NULL,
    rule            TEXT NOT NULL
);
CREATE INDEX ix_settlements_run ON settlements(run_id);

-- What each run left unapplied of each piece of money: the next night starts from the latest of these.
CREATE TABLE cash_positions (
    run_id        TEXT NOT NULL REFERENCES runs(run_id),
    source_id     TEXT NOT NULL,
    remaining_x4  INTEGER NOT NULL,
    PRIMARY KEY (run_id, source_id)
);

CREATE TABLE exceptions (
    run_id            TEXT NOT NULL REFERENCES runs(run_id),
    exception_id      TEXT NOT NULL,
    category          TEXT NOT NULL,
    severity          TEXT NOT NULL,
    source_kind       TEXT NOT NULL,
    source_id         TEXT NOT NULL,
    invoice_number    TEXT,
    customer_id       TEXT,
    amount_x4         INTEGER,
    expected_x4       INTEGER,
    currency          TEXT NOT NULL,
    first_seen        TEXT NOT NULL,
    description       TEXT NOT NULL,
    suggested_action  TEXT NOT NULL,
    candidates        TEXT,
    PRIMARY KEY (run_id, exception_id)
);

-- One row per discrepancy ever seen: keeps its id's first-seen date across nights until it is resolved.
CREATE TABLE exception_registry (
    exception_id  TEXT PRIMARY KEY,
    category      TEXT NOT NULL,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL
);
