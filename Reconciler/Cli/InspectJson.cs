using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reconciler.Ingest;
using Reconciler.Rules.Model;

namespace Reconciler.Cli;

/// <summary>The <c>inspect --json</c> document of CONTRACT.md: exactly what a reader made of a file.</summary>
public static class InspectJson
{
    public static string Render(ParsedFile parsed) =>
        new JsonObject
        {
            ["file"] = parsed.File,
            ["format"] = parsed.Format,
            ["statements"] = Array(parsed.Statements, Statement),
            ["batches"] = Array(parsed.Batches, Batch),
            ["problems"] = Array(parsed.Problems, p => new JsonObject
            {
                ["severity"] = p.Severity.ToString().ToLowerInvariant(),
                ["location"] = p.Location,
                ["field"] = p.Field,
                ["message"] = p.Message,
            }),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonObject Statement(BankStatement s) => new()
    {
        ["account"] = s.Account,
        ["currency"] = s.Currency,
        ["opening_balance"] = Amount(s.OpeningBalance),
        ["closing_balance"] = Amount(s.ClosingBalance),
        ["balanced"] = s.Balanced,
        ["balance_note"] = s.BalanceNote,
        ["transactions"] = Array(s.Transactions, Transaction),
    };

    private static JsonObject Transaction(BankTransaction t) => new()
    {
        ["id"] = t.Id,
        ["booking_date"] = Date(t.BookingDate),
        ["value_date"] = Date(t.ValueDate),
        ["amount"] = Amount(t.Amount),
        ["currency"] = t.Currency,
        ["status"] = t.Status.ToString().ToLowerInvariant(),
        ["type_code"] = t.TypeCode,
        ["bank_reference"] = t.BankReference,
        ["customer_reference"] = t.CustomerReference,
        ["counterparty"] = t.Counterparty,
        ["remittance"] = t.Remittance,
        ["references"] = Strings(t.References),
        ["reversal"] = t.Reversal,
        ["items"] = Array(t.Items, i => new JsonObject
        {
            ["amount"] = Amount(i.Amount),
            ["counterparty"] = i.Counterparty,
            ["remittance"] = i.Remittance,
            ["end_to_end_id"] = i.EndToEndId,
            ["references"] = Strings(i.References),
        }),
    };

    private static JsonObject Batch(PaymentBatch b) => new()
    {
        ["kind"] = b.Kind,
        ["id"] = b.Id,
        ["date"] = Date(b.Date),
        ["amount"] = Amount(b.Amount),
        ["currency"] = b.Currency,
        ["trace"] = b.Trace,
        ["method"] = b.Method,
        ["payer"] = b.Payer,
        ["items"] = Array(b.Items, Item),
    };

    private static JsonObject Item(PaymentItem i) => new()
    {
        ["id"] = i.Id,
        ["kind"] = i.Kind,
        ["gross"] = Amount(i.Gross),
        ["fee"] = Amount(i.Fee),
        ["net"] = Amount(i.Net),
        ["invoice_reference"] = i.InvoiceReference,
        ["customer"] = i.Customer,
        ["text"] = i.Text,
        ["claim"] = i.Claim is not { } c ? null : new JsonObject
        {
            ["status"] = c.Status,
            ["charge"] = Amount(c.Charge),
            ["paid"] = Amount(c.Paid),
            ["patient_responsibility"] = Amount(c.PatientResponsibility),
            ["payer_claim_id"] = c.PayerClaimId,
            ["adjustments"] = Array(c.Adjustments, a => new JsonObject
            {
                ["group"] = a.Group,
                ["reason"] = a.Reason,
                ["amount"] = Amount(a.Amount),
            }),
            // Added for medical billing (after the original fields); the patient's name is never printed here.
            ["patient_member_id"] = c.PatientMemberId,
            ["crossover_carrier"] = c.CrossoverCarrier,
            ["crossover_carrier_id"] = c.CrossoverCarrierId,
            ["service_date"] = Date(c.ServiceDate),
            ["remarks"] = Strings(c.Remarks),
            ["service_lines"] = Array(c.ServiceLines, ServiceLine),
            ["balance_problem"] = c.BalanceProblem,
        },
    };

    private static JsonObject ServiceLine(ServiceLinePayment l) => new()
    {
        ["qualifier"] = l.Qualifier,
        ["procedure_code"] = l.ProcedureCode,
        ["modifiers"] = Strings(l.Modifiers),
        ["service_date"] = Date(l.ServiceDate),
        ["charge"] = Amount(l.Charge),
        ["paid"] = Amount(l.Paid),
        ["adjustments"] = Array(l.Adjustments, a => new JsonObject
        {
            ["group"] = a.Group,
            ["reason"] = a.Reason,
            ["amount"] = Amount(a.Amount),
        }),
        ["remarks"] = Strings(l.Remarks),
    };

    private static JsonArray Array<T>(IEnumerable<T> values, Func<T, JsonNode> map) => new(values.Select(v => (JsonNode?)map(v)).ToArray());

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    private static string? Amount(decimal? value) => value is { } v ? Money.Format(v) : null;

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
