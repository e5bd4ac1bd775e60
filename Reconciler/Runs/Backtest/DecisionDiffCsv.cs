using Reconciler.Reports.Cells;

namespace Reconciler.Runs.Backtest;

/// <summary>backtest.csv and rerun-diff.csv: one row per piece of money whose decision changed.</summary>
public static class DecisionDiffCsv
{
    public static readonly string[] Header =
        ["as_of", "source_kind", "source_id", "change", "before_rule", "before_invoices", "before_amount", "after_rule", "after_invoices", "after_amount"];

    public static void Write(string path, IEnumerable<DecisionChange> changes)
    {
        using var csv = ReportCsv.Create(path, Header);
        foreach (var c in changes)
        {
            csv.Date(c.AsOf).Code(c.SourceKind).Code(c.SourceId).Code(c.Change)
                .Code(c.BeforeRule).Text(c.BeforeInvoices).Amount(c.BeforeAmount)
                .Code(c.AfterRule).Text(c.AfterInvoices).Amount(c.AfterAmount).EndRow();
        }
    }
}
