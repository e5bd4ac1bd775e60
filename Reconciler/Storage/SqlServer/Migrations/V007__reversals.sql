-- The night's returns, refunds and disputes with what each undid: the journal and the proofs of a night read back from
-- the store (report, month-end) need them as the night had them.
CREATE TABLE reversals (
    run_id                NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL REFERENCES runs(run_id),
    ordinal               INT NOT NULL,
    source_kind           NVARCHAR(100) NOT NULL,
    source_id             NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    kind                  NVARCHAR(100) NOT NULL,
    currency              NVARCHAR(100) NOT NULL,
    amount_x4             BIGINT NOT NULL,
    original_source_kind  NVARCHAR(100) NULL,
    original_source_id    NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    reopened_x4           BIGINT NOT NULL,
    unapplied_reduced_x4  BIGINT NOT NULL,
    account               NVARCHAR(200) NULL,
    original_account      NVARCHAR(200) NULL,
    settled_by            NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NULL,
    PRIMARY KEY (run_id, ordinal)
);
