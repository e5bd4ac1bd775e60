using Reconciler.Reports.Cells;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>settlements.csv: one row per bank line tied to a batch.</summary>
public sealed class SettlementsCsv : IReportWriter
{
    public string FileName => "settlements.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, "run_id", "bank_line_id", "bank_amount", "currency", "batch_kind", "batch_id",
            "batch_amount", "difference", "status", "rule");
        foreach (var s in night.Matching.Settlements)
        {
            csv.Code(night.RunId).Code(s.BankLineId).Amount(s.BankAmount).Code(s.Currency).Code(s.BatchKind).Text(s.BatchId)
                .Amount(s.BatchAmount).Amount(s.Difference).Code(s.Status).Code(s.Rule).EndRow();
        }
    }
}
