-- Payer aliases learned from reviewers' applies of unidentified money: the next payment with this remitter text is
-- matched to the customer by rule alias_customer. alias_key is the text upper-cased without white space.
CREATE TABLE payer_aliases (
    alias_key     TEXT PRIMARY KEY,
    remitter_text TEXT NOT NULL,
    customer_id   TEXT NOT NULL,
    learned_on    DATE NOT NULL,             -- the night that acted on the decision
    exception_id  TEXT NOT NULL,             -- the unmatched_receipt exception the reviewer applied
    run_id        TEXT NOT NULL
);
