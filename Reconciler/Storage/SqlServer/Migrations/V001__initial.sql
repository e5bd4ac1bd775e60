-- Amounts are BIGINT ten-thousandths (Fixed4, the scale of DECIMAL(19,4)) beside a currency code; dates are DATE;
-- instants DATETIMEOFFSET(3) in UTC. Keys compare and sort by code point (BIN2), as in SQLite, whatever the database collation.

CREATE TABLE imports (
    import_id     BIGINT IDENTITY(1,1) PRIMARY KEY,
    content_hash  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    file_name     NVARCHAR(400) NOT NULL,
    format        NVARCHAR(100) NOT NULL,
    status        NVARCHAR(100) NOT NULL,
    records       INT NOT NULL,
    problems      NVARCHAR(MAX) NOT NULL,
    as_of         DATE NOT NULL,
    run_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    ingested_at   DATETIMEOFFSET(3) NOT NULL
);
CREATE UNIQUE INDEX ux_imports_ingested_hash ON imports(content_hash) WHERE status = 'ingested';

CREATE TABLE statements (
    statement_id  BIGINT IDENTITY(1,1) PRIMARY KEY,
    import_id     BIGINT NOT NULL REFERENCES imports(import_id),
    ordinal       INT NOT NULL,
    account       NVARCHAR(200) NOT NULL,
    currency      NVARCHAR(100) NOT NULL,
    opening_x4    BIGINT,
    closing_x4    BIGINT,
    balanced      BIT,
    balance_note  NVARCHAR(MAX)
);

CREATE TABLE bank_transactions (
    line_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    import_id      BIGINT NOT NULL REFERENCES imports(import_id),
    statement_id   BIGINT NOT NULL REFERENCES statements(statement_id),
    ordinal        INT NOT NULL,
    account        NVARCHAR(200) NOT NULL,
    booking_date   DATE NOT NULL,
    value_date     DATE,
    amount_x4      BIGINT NOT NULL,
    currency       NVARCHAR(100) NOT NULL,
    status         NVARCHAR(100) NOT NULL,
    type_code      NVARCHAR(100),
    bank_ref       NVARCHAR(400),
    customer_ref   NVARCHAR(400),
    counterparty   NVARCHAR(MAX),
    remittance     NVARCHAR(MAX),
    refs           NVARCHAR(MAX),
    reversal       BIT NOT NULL,
    items          NVARCHAR(MAX),
    location       NVARCHAR(MAX)
);
CREATE INDEX ix_bank_transactions_import ON bank_transactions(import_id);

CREATE TABLE payment_batches (
    batch_key     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    import_id     BIGINT NOT NULL REFERENCES imports(import_id),
    ordinal       INT NOT NULL,
    kind          NVARCHAR(100) NOT NULL,
    batch_id      NVARCHAR(400) NOT NULL,
    batch_date    DATE,
    amount_x4     BIGINT NOT NULL,
    currency      NVARCHAR(100) NOT NULL,
    trace         NVARCHAR(400),
    payer         NVARCHAR(400),
    location      NVARCHAR(MAX),
    method        NVARCHAR(400)
);
CREATE INDEX ix_payment_batches_import ON payment_batches(import_id);

CREATE TABLE payment_items (
    item_key      NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    batch_key     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES payment_batches(batch_key),
    ordinal       INT NOT NULL,
    item_id       NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kind          NVARCHAR(100) NOT NULL,
    gross_x4      BIGINT NOT NULL,
    fee_x4        BIGINT NOT NULL,
    invoice_ref   NVARCHAR(400),
    customer      NVARCHAR(400),
    [text]          NVARCHAR(MAX),
    claim         NVARCHAR(MAX),
    location      NVARCHAR(MAX)
);
CREATE INDEX ix_payment_items_batch ON payment_items(batch_key);
CREATE INDEX ix_payment_items_item ON payment_items(item_id);

CREATE TABLE runs (
    run_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    as_of         DATE NOT NULL,
    status        NVARCHAR(100) NOT NULL,
    [trigger]       NVARCHAR(MAX) NOT NULL,
    rules_hash    NVARCHAR(100) NOT NULL,
    started_at    DATETIMEOFFSET(3) NOT NULL,
    finished_at   DATETIMEOFFSET(3),
    message       NVARCHAR(MAX),
    counts        NVARCHAR(MAX)
);
CREATE INDEX ix_runs_as_of ON runs(as_of, status);

CREATE TABLE run_inputs (
    run_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    import_id     BIGINT NOT NULL REFERENCES imports(import_id),
    outcome       NVARCHAR(100) NOT NULL,
    PRIMARY KEY (run_id, import_id)
);

CREATE TABLE open_item_snapshots (
    run_id          NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    invoice_number  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    customer_id     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    customer_name   NVARCHAR(MAX) NOT NULL,
    issue_date      DATE NOT NULL,
    due_date        DATE NOT NULL,
    currency        NVARCHAR(100) NOT NULL,
    amount_x4       BIGINT NOT NULL,
    open_x4         BIGINT NOT NULL,
    export_open_x4  BIGINT,
    PRIMARY KEY (run_id, invoice_number)
);
CREATE INDEX ix_open_item_snapshots_invoice ON open_item_snapshots(invoice_number);

CREATE TABLE applications (
    application_id  BIGINT IDENTITY(1,1) PRIMARY KEY,
    run_id          NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    source_kind     NVARCHAR(100) NOT NULL,
    source_id       NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    source_file     NVARCHAR(MAX),
    invoice_number  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    customer_id     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    applied_x4      BIGINT NOT NULL,
    currency        NVARCHAR(100) NOT NULL,
    [rule]            NVARCHAR(400) NOT NULL,
    confidence      NVARCHAR(100) NOT NULL,
    explanation     NVARCHAR(MAX) NOT NULL,
    cash_date       DATE
);
CREATE INDEX ix_applications_run ON applications(run_id);
CREATE INDEX ix_applications_invoice ON applications(invoice_number);
CREATE INDEX ix_applications_source ON applications(source_id);

CREATE TABLE settlements (
    settlement_id   BIGINT IDENTITY(1,1) PRIMARY KEY,
    run_id          NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    bank_line_id    NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    bank_x4         BIGINT NOT NULL,
    currency        NVARCHAR(100) NOT NULL,
    batch_kind      NVARCHAR(100) NOT NULL,
    batch_id        NVARCHAR(400) NOT NULL,
    batch_x4        BIGINT NOT NULL,
    status          NVARCHAR(100) NOT NULL,
    [rule]            NVARCHAR(400) NOT NULL,
    batch_key       NVARCHAR(200) COLLATE Latin1_General_100_BIN2,
    explanation     NVARCHAR(MAX)
);
CREATE INDEX ix_settlements_run ON settlements(run_id);
CREATE INDEX ix_settlements_batch ON settlements(batch_key);

CREATE TABLE cash_positions (
    run_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    source_id     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    remaining_x4  BIGINT NOT NULL,
    PRIMARY KEY (run_id, source_id)
);
CREATE INDEX ix_cash_positions_source ON cash_positions(source_id);

CREATE TABLE exceptions (
    run_id            NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    exception_id      NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    category          NVARCHAR(100) NOT NULL,
    severity          NVARCHAR(100) NOT NULL,
    source_kind       NVARCHAR(100) NOT NULL,
    source_id         NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    invoice_number    NVARCHAR(200) COLLATE Latin1_General_100_BIN2,
    customer_id       NVARCHAR(200) COLLATE Latin1_General_100_BIN2,
    amount_x4         BIGINT,
    expected_x4       BIGINT,
    currency          NVARCHAR(100) NOT NULL,
    first_seen        DATE NOT NULL,
    description       NVARCHAR(MAX) NOT NULL,
    suggested_action  NVARCHAR(MAX) NOT NULL,
    candidates        NVARCHAR(MAX),
    PRIMARY KEY (run_id, exception_id)
);
CREATE INDEX ix_exceptions_id ON exceptions(exception_id);

CREATE TABLE exception_registry (
    exception_id  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    category      NVARCHAR(100) NOT NULL,
    first_seen    DATE NOT NULL,
    last_seen     DATE NOT NULL
);

CREATE TABLE decision_trail (
    run_id     NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    source_id  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    step       INT NOT NULL,
    [rule]       NVARCHAR(400) NOT NULL,
    outcome    NVARCHAR(100) NOT NULL,
    detail     NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (run_id, source_id, step)
);
CREATE INDEX ix_decision_trail_source ON decision_trail(source_id);
