-- What the billing export said each item owed (beside what the night started from), and the date of the
-- money behind each application (duplicate payments are dated by when the money came, not by the night).
ALTER TABLE open_item_snapshots ADD COLUMN export_open_x4 INTEGER;
ALTER TABLE applications ADD COLUMN cash_date TEXT;
