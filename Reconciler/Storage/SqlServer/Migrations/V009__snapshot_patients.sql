-- What billing's export says of a claim's patient and secondary payer (patient_id, secondary_payer_id): claim posting gives
-- the patient's item that patient's id and sends what the primary payer left to the secondary payer. A rerun or a backtest
-- starts from the stored snapshot, so without them it posted the same claims otherwise than the night it recomputes.
ALTER TABLE open_item_snapshots ADD patient_id NVARCHAR(200) NULL, secondary_payer_id NVARCHAR(200) NULL;
