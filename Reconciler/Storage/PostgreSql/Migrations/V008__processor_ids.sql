-- Whether a bank line's texts may name a card processor's charge or payment (ch_, py_, in any case): the credits a return or
-- dispute naming one may have undone. Worked out as each line is stored; here, once, for the lines stored before.
ALTER TABLE bank_transactions ADD COLUMN names_processor_id BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE bank_transactions SET names_processor_id = TRUE WHERE remittance ILIKE '%ch\_%' ESCAPE '\' OR remittance ILIKE '%py\_%' ESCAPE '\'
   OR customer_ref ILIKE '%ch\_%' ESCAPE '\' OR customer_ref ILIKE '%py\_%' ESCAPE '\'
   OR bank_ref ILIKE '%ch\_%' ESCAPE '\' OR bank_ref ILIKE '%py\_%' ESCAPE '\'
   OR counterparty ILIKE '%ch\_%' ESCAPE '\' OR counterparty ILIKE '%py\_%' ESCAPE '\'
   OR refs ILIKE '%ch\_%' ESCAPE '\' OR refs ILIKE '%py\_%' ESCAPE '\'
   OR items ILIKE '%ch\_%' ESCAPE '\' OR items ILIKE '%py\_%' ESCAPE '\';
