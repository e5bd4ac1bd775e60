using Reconciler.Reports.Cells;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>applications.csv: one row per amount applied to one open item.</summary>
public sealed class ApplicationsCsv : IReportWriter
{
    public string FileName => "applications.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, "run_id", "source_kind", "source_id", "source_file", "invoice_number", "customer_id",
            "applied_amount", "currency", "rule", "confidence", "explanation");
        foreach (var a in night.Matching.Applications)
        {
            csv.Code(night.RunId).Code(a.SourceKind).Code(a.SourceId).Text(a.SourceFile).Text(a.InvoiceNumber).Text(a.CustomerId)
                .Amount(a.AppliedAmount).Code(a.Currency).Code(a.Rule).Formatted(a.Confidence, "0.00")
                .Text(a.Explanation).EndRow();
        }
    }
}
