-- Payer aliases learned from reviewers' applies of unidentified money: the next payment with this remitter text is
-- matched to the customer by rule alias_customer. alias_key is the text upper-cased without white space.
CREATE TABLE payer_aliases (
    alias_key     NVARCHAR(400) COLLATE Latin1_General_100_BIN2 PRIMARY KEY,
    remitter_text NVARCHAR(MAX) NOT NULL,
    customer_id   NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,
    learned_on    DATE NOT NULL,             -- the night that acted on the decision
    exception_id  NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL,  -- the unmatched_receipt exception the reviewer applied
    run_id        NVARCHAR(200) COLLATE Latin1_General_100_BIN2 NOT NULL
);
