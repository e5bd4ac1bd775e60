-- The inputs a night's reports list (files read, decisions imported, the open-items export with its problems), as JSON:
-- the reports of a stored night read them back instead of rebuilding a shorter list from the imports.
ALTER TABLE runs ADD night_inputs NVARCHAR(MAX) NULL;
