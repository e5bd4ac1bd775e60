-- Reviewers' decisions from returned exception workbooks: who (the file), when, what; never updated in place.
CREATE TABLE decision_imports (
    content_hash  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    file_name     NVARCHAR(400) NOT NULL,
    answers_as_of DATE NOT NULL,             -- the night whose workbook was answered
    imported_at   DATETIMEOFFSET(3) NOT NULL,
    decisions     INT NOT NULL
);

CREATE TABLE decisions (
    decision_id    BIGINT IDENTITY(1,1) PRIMARY KEY,
    content_hash   NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES decision_imports(content_hash),
    exception_id   NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    action         NVARCHAR(100) NOT NULL,
    apply_to       NVARCHAR(MAX),            -- JSON array of invoice numbers
    note           NVARCHAR(MAX),
    sheet          NVARCHAR(400) NOT NULL,
    [row_number]   INT NOT NULL,
    category       NVARCHAR(100) NOT NULL,
    source_kind    NVARCHAR(100) NOT NULL,
    source_id      NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    invoice_number NVARCHAR(200) COLLATE Latin1_General_100_BIN2
);
CREATE INDEX ix_decisions_exception ON decisions(exception_id);
CREATE INDEX ix_decisions_import ON decisions(content_hash);
