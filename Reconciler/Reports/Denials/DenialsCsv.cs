using Reconciler.Reports.Cells;
using Reconciler.Runs;

namespace Reconciler.Reports.Denials;

/// <summary>denials.csv: the denials worklist, one row per denied claim, fewest days left to appeal first.</summary>
public sealed class DenialsCsv(DenialsSettings? settings = null) : IReportWriter
{
    public string FileName => "denials.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, DenialRows.Header);
        foreach (var r in DenialRows.For(night, settings ?? DenialsSettings.Default))
        {
            csv.Text(r.ClaimNumber).Text(r.PayerId).Date(r.ServiceDate).Amount(r.Charge).Date(r.DeniedOn).Text(string.Join(" ", r.Carc))
                .Text(string.Join(" ", r.Rarc)).Code(r.Status).Date(r.AppealBy).Number(r.DaysLeft).Code(r.ExceptionId)
                .Code(r.Category).Code(r.Correctable ? "yes" : "no").Text(r.CarcDescription).Text(r.RarcDescription).EndRow();
        }
    }
}
