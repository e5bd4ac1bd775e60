using Reconciler.Reports.Cells;
using Reconciler.Reports.Facts;
using Reconciler.Runs;

namespace Reconciler.Reports.Exceptions;

/// <summary>exceptions.csv: one row per discrepancy, with its stable id and first-seen date.</summary>
public sealed class ExceptionsCsv : IReportWriter
{
    public static readonly string[] Header =
    [
        "exception_id", "category", "severity", "source_kind", "source_id", "invoice_number", "customer_id", "amount",
        "expected_amount", "difference", "currency", "first_seen", "description", "suggested_action", "candidates", "source_text",
    ];

    public string FileName => "exceptions.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, Header);
        var sourceTexts = ExceptionSourceText.For(night);
        foreach (var (d, firstSeen) in night.Exceptions)
        {
            var (first, second) = sourceTexts.Parts(d.SourceId);
            csv.ExceptionId(d).Code(d.Category).Code(Severities.Name(d.Severity)).Code(d.SourceKind).Text(d.SourceId)
                .Text(d.InvoiceNumber).Text(d.CustomerId).Amount(d.Amount).Amount(d.ExpectedAmount).Amount(d.Difference)
                .Code(d.Currency).Date(firstSeen).Text(d.Description).Text(d.SuggestedAction).Text(d.Candidates)
                .Text(first, second).EndRow();
        }
    }
}
