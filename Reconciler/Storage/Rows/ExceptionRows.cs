using System.Data.Common;
using System.Text.Json;
using Reconciler.Rules.Discrepancies;
using static Reconciler.Storage.ReconciliationStore;

namespace Reconciler.Storage.Rows;

/// <summary>A discrepancy as an exceptions row, and back.</summary>
internal static class ExceptionRows
{
    public static void Row(BulkRows w, string runId, Discrepancy d, DateOnly firstSeen) =>
        w.Text(runId).Text(d.Id).Text(d.Category).Text(SeverityText(d.Severity)).Text(d.SourceKind).Text(d.SourceId).Text(d.InvoiceNumber)
            .Text(d.CustomerId).Amount(d.Amount).Amount(d.ExpectedAmount).Text(d.Currency).Date(firstSeen).Text(d.Description)
            .Text(d.SuggestedAction).Text(d.Candidates.Count == 0 ? null : JsonSerializer.Serialize(d.Candidates)).EndRow();

    /// <summary>A row of category, severity, source_kind, source_id, invoice_number, customer_id, amount_x4, expected_x4, currency,
    /// first_seen, description, suggested_action, candidates, exception_id.</summary>
    public static CarryForward.Carried Carried(DbDataReader r)
    {
        var discrepancy = new Discrepancy
        {
            Category = Text(r, 0),
            Severity = Enum.Parse<Severity>(Text(r, 1), ignoreCase: true),
            SourceKind = Text(r, 2),
            SourceId = Text(r, 3),
            InvoiceNumber = NullableText(r, 4),
            CustomerId = NullableText(r, 5),
            Amount = NullableAmount(r, 6),
            ExpectedAmount = NullableAmount(r, 7),
            Currency = Text(r, 8),
            Description = Text(r, 10),
            SuggestedAction = Text(r, 11),
            Candidates = Json<List<string>>(NullableText(r, 12)) ?? [],
        }.WithStoredId(Text(r, 13));
        return new CarryForward.Carried(discrepancy, Date(r, 9));
    }

    private static readonly Dictionary<Severity, string> SeverityTexts =
        Enum.GetValues<Severity>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());

    /// <summary>"warning", "error", ...: one shared text per severity rather than a new one per exception.</summary>
    private static string SeverityText(Severity severity) => SeverityTexts.GetValueOrDefault(severity) ?? severity.ToString().ToLowerInvariant();
}
