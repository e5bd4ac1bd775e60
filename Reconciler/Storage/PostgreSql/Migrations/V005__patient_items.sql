-- Claim posting moves what a payer left to the patient (<claim>-PR) or the secondary payer (<claim>-SEC): new open items
-- the billing export does not list. A snapshot row says who owes such an item (patient or payer), the claim it was moved
-- from (the store carries these items from night to night), and the patient's name, which only patient statements read.
ALTER TABLE open_item_snapshots ADD COLUMN responsible TEXT;
ALTER TABLE open_item_snapshots ADD COLUMN created_from TEXT;
ALTER TABLE open_item_snapshots ADD COLUMN patient_name TEXT;
