-- Whether a bank line's texts may name a card processor's charge or payment (ch_, py_, in any case): the credits a return or
-- dispute naming one may have undone. Worked out as each line is stored; here, once, for the lines stored before.
ALTER TABLE bank_transactions ADD COLUMN names_processor_id INTEGER NOT NULL DEFAULT 0;
UPDATE bank_transactions SET names_processor_id = 1 WHERE remittance LIKE '%ch\_%' ESCAPE '\' OR remittance LIKE '%py\_%' ESCAPE '\'
   OR customer_ref LIKE '%ch\_%' ESCAPE '\' OR customer_ref LIKE '%py\_%' ESCAPE '\'
   OR bank_ref LIKE '%ch\_%' ESCAPE '\' OR bank_ref LIKE '%py\_%' ESCAPE '\'
   OR counterparty LIKE '%ch\_%' ESCAPE '\' OR counterparty LIKE '%py\_%' ESCAPE '\'
   OR refs LIKE '%ch\_%' ESCAPE '\' OR refs LIKE '%py\_%' ESCAPE '\'
   OR items LIKE '%ch\_%' ESCAPE '\' OR items LIKE '%py\_%' ESCAPE '\';

