-- At a million open items the trail's plain details (an applied step's "reference INV-1 found in text; amount 10.00 equals
-- open 10.00 USD") were two million phrases of trail_phrases, each written once and never shared: a row of its own and a
-- number on the step, for nothing. A plain detail is now kept whole on its step the first time the run writes it, and only
-- from its second time on is it a phrase of trail_phrases that the steps number. "No match" lists keep their phrases.
ALTER TABLE decision_trail ADD COLUMN detail TEXT;   -- the whole detail when kept on the step (phrases is '' then), else NULL
