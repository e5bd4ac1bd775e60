using static Reconciler.Storage.BulkType;

namespace Reconciler.Storage.Rows;

/// <summary>The tables the store writes in bulk, with the column order of the rows the store builds.</summary>
internal static class StoreTables
{
    public static readonly BulkTable BankTransactions = new("bank_transactions", [
        ("line_id", Text), ("import_id", BigInt), ("statement_id", BigInt), ("ordinal", Int), ("account", Text), ("booking_date", Date),
        ("value_date", Date), ("amount_x4", BigInt), ("currency", Text), ("status", Text), ("type_code", Text), ("bank_ref", Text),
        ("customer_ref", Text), ("counterparty", Text), ("remittance", Text), ("refs", Text), ("reversal", Bool), ("items", Text), ("location", Text),
        ("names_processor_id", Bool)]);

    public static readonly BulkTable PaymentBatches = new("payment_batches", [
        ("batch_key", Text), ("import_id", BigInt), ("ordinal", Int), ("kind", Text), ("batch_id", Text), ("batch_date", Date),
        ("amount_x4", BigInt), ("currency", Text), ("trace", Text), ("payer", Text), ("location", Text), ("method", Text)]);

    public static readonly BulkTable PaymentItems = new("payment_items", [
        ("item_key", Text), ("batch_key", Text), ("ordinal", Int), ("item_id", Text), ("kind", Text), ("gross_x4", BigInt), ("fee_x4", BigInt),
        ("invoice_ref", Text), ("customer", Text), ("text", Text), ("claim", Text), ("location", Text)]);

    public static readonly BulkTable Snapshots = new("open_item_snapshots", [
        ("run_id", Text), ("invoice_number", Text), ("customer_id", Text), ("customer_name", Text), ("issue_date", Date), ("due_date", Date),
        ("currency", Text), ("amount_x4", BigInt), ("open_x4", BigInt), ("export_open_x4", BigInt), ("responsible", Text), ("created_from", Text),
        ("patient_name", Text), ("patient_id", Text), ("secondary_payer_id", Text)]);

    public static readonly BulkTable Applications = new("applications", [
        ("run_id", Text), ("source_kind", Text), ("source_id", Text), ("source_file", Text), ("invoice_number", Text), ("customer_id", Text),
        ("applied_x4", BigInt), ("currency", Text), ("rule", Text), ("confidence", Text), ("explanation", Text), ("cash_date", Date)]);

    public static readonly BulkTable Settlements = new("settlements", [
        ("run_id", Text), ("bank_line_id", Text), ("bank_x4", BigInt), ("currency", Text), ("batch_kind", Text), ("batch_id", Text),
        ("batch_x4", BigInt), ("status", Text), ("rule", Text), ("batch_key", Text), ("explanation", Text)]);

    public static readonly BulkTable DecisionTrail = new("decision_trail", [
        ("run_id", Text), ("source_id", Text), ("step", Int), ("rule", Text), ("outcome", Text), ("detail", Text)]);

    public static readonly BulkTable CashPositions = new("cash_positions", [("run_id", Text), ("source_id", Text), ("remaining_x4", BigInt)]);

    public static readonly BulkTable Exceptions = new("exceptions", [
        ("run_id", Text), ("exception_id", Text), ("category", Text), ("severity", Text), ("source_kind", Text), ("source_id", Text),
        ("invoice_number", Text), ("customer_id", Text), ("amount_x4", BigInt), ("expected_x4", BigInt), ("currency", Text),
        ("first_seen", Date), ("description", Text), ("suggested_action", Text), ("candidates", Text)]);

    public static readonly BulkTable Reversals = new("reversals", [
        ("run_id", Text), ("ordinal", Int), ("source_kind", Text), ("source_id", Text), ("kind", Text), ("currency", Text), ("amount_x4", BigInt),
        ("original_source_kind", Text), ("original_source_id", Text), ("reopened_x4", BigInt), ("unapplied_reduced_x4", BigInt),
        ("account", Text), ("original_account", Text), ("settled_by", Text)]);
}
