-- The matching engine: batch payment method, settlement batch keys, and the story of every decision.
ALTER TABLE payment_batches ADD COLUMN method TEXT;
ALTER TABLE settlements ADD COLUMN batch_key TEXT;
ALTER TABLE settlements ADD COLUMN explanation TEXT;
CREATE INDEX ix_settlements_batch ON settlements(batch_key);
CREATE INDEX ix_cash_positions_source ON cash_positions(source_id);

CREATE TABLE decision_trail (
    run_id     TEXT NOT NULL REFERENCES runs(run_id),
    source_id  TEXT NOT NULL,
    step       INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    PRIMARY KEY (run_id, source_id, step)
);
