-- Whether a bank line's texts may name a card processor's charge or payment (ch_, py_, in any case): the credits a return or
-- dispute naming one may have undone. Worked out as each line is stored; here, once, for the lines stored before.
ALTER TABLE bank_transactions ADD names_processor_id BIT NOT NULL CONSTRAINT df_bank_transactions_names_processor_id DEFAULT 0;
-- Run apart: the batch was compiled before the column existed.
EXEC('UPDATE bank_transactions SET names_processor_id = 1 WHERE remittance LIKE ''%ch\_%'' ESCAPE ''\'' OR remittance LIKE ''%py\_%'' ESCAPE ''\''
   OR customer_ref LIKE ''%ch\_%'' ESCAPE ''\'' OR customer_ref LIKE ''%py\_%'' ESCAPE ''\''
   OR bank_ref LIKE ''%ch\_%'' ESCAPE ''\'' OR bank_ref LIKE ''%py\_%'' ESCAPE ''\''
   OR counterparty LIKE ''%ch\_%'' ESCAPE ''\'' OR counterparty LIKE ''%py\_%'' ESCAPE ''\''
   OR refs LIKE ''%ch\_%'' ESCAPE ''\'' OR refs LIKE ''%py\_%'' ESCAPE ''\''
   OR items LIKE ''%ch\_%'' ESCAPE ''\'' OR items LIKE ''%py\_%'' ESCAPE ''\''');
