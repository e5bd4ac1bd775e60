-- A night's results at a million open items made the commit super-linear: every result table was a rowid table plus a
-- text key index filled in random order, and the decision trail repeated the same long sentences on millions of rows.
-- Now the per-run result tables are clustered on their key (WITHOUT ROWID): the store writes a run's rows in key order,
-- so each row appends to one B-tree. The decision trail keeps each phrase once per run (trail_phrases) and a step lists
-- the numbers of its phrases. Same columns otherwise, same rows: existing nights are copied over.

CREATE TABLE open_item_snapshots_v6 (
    run_id          TEXT NOT NULL REFERENCES runs(run_id),
    invoice_number  TEXT NOT NULL,
    customer_id     TEXT NOT NULL,
    customer_name   TEXT NOT NULL,
    issue_date      TEXT NOT NULL,
    due_date        TEXT NOT NULL,
    currency        TEXT NOT NULL,
    amount_x4       INTEGER NOT NULL,
    open_x4         INTEGER NOT NULL,       -- what was owed at the start of the night
    export_open_x4  INTEGER,                -- what the billing export said it owed
    PRIMARY KEY (run_id, invoice_number)
) WITHOUT ROWID;
INSERT INTO open_item_snapshots_v6 (run_id, invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4, export_open_x4)
    SELECT run_id, invoice_number, customer_id, customer_name, issue_date, due_date, currency, amount_x4, open_x4, export_open_x4 FROM open_item_snapshots;
DROP TABLE open_item_snapshots;
ALTER TABLE open_item_snapshots_v6 RENAME TO open_item_snapshots;

CREATE TABLE cash_positions_v6 (
    run_id        TEXT NOT NULL REFERENCES runs(run_id),
    source_id     TEXT NOT NULL,
    remaining_x4  INTEGER NOT NULL,
    PRIMARY KEY (run_id, source_id)
) WITHOUT ROWID;
INSERT INTO cash_positions_v6 (run_id, source_id, remaining_x4) SELECT run_id, source_id, remaining_x4 FROM cash_positions;
DROP TABLE cash_positions;
ALTER TABLE cash_positions_v6 RENAME TO cash_positions;
CREATE INDEX ix_cash_positions_source ON cash_positions(source_id);

CREATE TABLE exceptions_v6 (
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
) WITHOUT ROWID;
INSERT INTO exceptions_v6 SELECT run_id, exception_id, category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4,
    expected_x4, currency, first_seen, description, suggested_action, candidates FROM exceptions;
DROP TABLE exceptions;
ALTER TABLE exceptions_v6 RENAME TO exceptions;

CREATE TABLE exception_registry_v6 (
    exception_id  TEXT PRIMARY KEY,
    category      TEXT NOT NULL,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO exception_registry_v6 SELECT exception_id, category, first_seen, last_seen FROM exception_registry;
DROP TABLE exception_registry;
ALTER TABLE exception_registry_v6 RENAME TO exception_registry;

-- Each distinct phrase of a run's decision details once; a detail is its phrases joined with '; '.
CREATE TABLE trail_phrases (
    run_id     TEXT NOT NULL REFERENCES runs(run_id),
    phrase_no  INTEGER NOT NULL,            -- 1, 2, ... in the order the run first wrote them
    phrase     TEXT NOT NULL,
    PRIMARY KEY (run_id, phrase_no)
) WITHOUT ROWID;
CREATE TABLE decision_trail_v6 (
    run_id     TEXT NOT NULL REFERENCES runs(run_id),
    source_id  TEXT NOT NULL,
    step       INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    phrases    TEXT NOT NULL,               -- the detail's phrase numbers, separated by spaces
    PRIMARY KEY (run_id, source_id, step)
) WITHOUT ROWID;
-- Earlier nights' details are kept whole, each as one phrase.
INSERT INTO trail_phrases (run_id, phrase_no, phrase)
    SELECT run_id, ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY detail), detail FROM (SELECT DISTINCT run_id, detail FROM decision_trail);
INSERT INTO decision_trail_v6 (run_id, source_id, step, rule, outcome, phrases)
    SELECT d.run_id, d.source_id, d.step, d.rule, d.outcome, CAST(p.phrase_no AS TEXT)
    FROM decision_trail d JOIN trail_phrases p ON p.run_id = d.run_id AND p.phrase = d.detail;
DROP TABLE decision_trail;
ALTER TABLE decision_trail_v6 RENAME TO decision_trail;

-- Only the decisions import's open balances looked applications up by invoice; it now sums the latest run's applications
-- through ix_applications_run. The index cost a random insert per application at every commit.
DROP INDEX ix_applications_invoice;
