-- One schema for every database: the decision trail keeps each step's detail whole, as PostgreSQL and SQL Server do. The
-- phrase numbering of V006/V007 (trail_phrases) was a SQLite-only economy; existing steps get their detail back from their
-- phrases, joined with '; ' in the order the step listed them. The tables stay clustered on their keys (WITHOUT ROWID):
-- that is how SQLite lays the same columns out, not a different schema.
CREATE TABLE decision_trail_v8 (
    run_id     TEXT NOT NULL REFERENCES runs(run_id),
    source_id  TEXT NOT NULL,
    step       INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    outcome    TEXT NOT NULL,
    detail     TEXT NOT NULL,
    PRIMARY KEY (run_id, source_id, step)
) WITHOUT ROWID;
INSERT INTO decision_trail_v8 (run_id, source_id, step, rule, outcome, detail)
    SELECT d.run_id, d.source_id, d.step, d.rule, d.outcome,
           COALESCE(d.detail, (SELECT group_concat(p.phrase, '; ' ORDER BY n.key)
                               FROM json_each('[' || replace(d.phrases, ' ', ',') || ']') n
                               JOIN trail_phrases p ON p.run_id = d.run_id AND p.phrase_no = n.value), '')
    FROM decision_trail d;
DROP TABLE decision_trail;
ALTER TABLE decision_trail_v8 RENAME TO decision_trail;
DROP TABLE trail_phrases;
