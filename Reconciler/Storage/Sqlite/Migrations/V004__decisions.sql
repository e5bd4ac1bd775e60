-- Reviewers' decisions from returned exception workbooks: who (the file), when, what; never updated in place.
CREATE TABLE decision_imports (
    content_hash  TEXT PRIMARY KEY,
    file_name     TEXT NOT NULL,
    answers_as_of TEXT NOT NULL,             -- the night whose workbook was answered
    imported_at   TEXT NOT NULL,
    decisions     INTEGER NOT NULL
);

CREATE TABLE decisions (
    decision_id    INTEGER PRIMARY KEY,
    content_hash   TEXT NOT NULL REFERENCES decision_imports(content_hash),
    exception_id   TEXT NOT NULL,
    action         TEXT NOT NULL,
    apply_to       TEXT,                     -- JSON array of invoice numbers
    note           TEXT,
    sheet          TEXT NOT NULL,
    row_number     INTEGER NOT NULL,
    category       TEXT NOT NULL,
    source_kind    TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    invoice_number TEXT
);
CREATE INDEX ix_decisions_exception ON decisions(exception_id);
