using Reconciler.Reports.Cells;
using Reconciler.Rules.Model;
using Reconciler.Runs;

namespace Reconciler.Reports.Journal;

/// <summary>
/// postings.csv: what to post to the ledger, one row per cash application and per write-off or adjustment.
/// account_or_reason is "cash" for money received, otherwise the rule that reduced the item
/// (contractual_adjustment, card_fee, tolerance_writeoff, ...). Posted on the night's as-of date.
/// </summary>
public sealed class PostingsCsv : IReportWriter
{
    public const string Cash = "cash";

    public string FileName => "postings.csv";

    public void Write(NightResult night, string path)
    {
        using var csv = ReportCsv.Create(path, "posting_date", "invoice_number", "customer_id", "amount", "currency", "account_or_reason",
            "source_kind", "source_id", "rule", "run_id");
        foreach (var a in night.Matching.Applications)
        {
            var accountOrReason = a.SourceKind == SourceKind.Adjustment ? a.Rule : Cash;
            csv.Date(night.AsOf).Text(a.InvoiceNumber).Text(a.CustomerId).Amount(a.AppliedAmount).Code(a.Currency).Code(accountOrReason)
                .Code(a.SourceKind).Code(a.SourceId).Code(a.Rule).Code(night.RunId).EndRow();
        }
    }
}
