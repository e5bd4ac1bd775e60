using Reconciler.Reports.Journal;
using Reconciler.Rules.Model;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Reports.Journal;

public sealed class PostingsCsvTests
{
    [Test]
    public void CashApplications_ArePostedToCash_AndAdjustmentsToTheirRule()
    {
        using var folder = new TempFolder();
        var night = NightResults.With(applications:
        [
            NightResults.Applied("CLM-1", 80m, SourceKind.ClaimPayment, "claim_posting"),
            NightResults.Applied("CLM-1", 20m, SourceKind.Adjustment, "contractual_adjustment"),
            NightResults.Applied("INV-9", 2.9m, SourceKind.Adjustment, "card_fee"),
        ]);

        new PostingsCsv().Write(night, folder.File("postings.csv"));

        var lines = File.ReadAllLines(folder.File("postings.csv"));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "posting_date,invoice_number,customer_id,amount,currency,account_or_reason,source_kind,source_id,rule,run_id",
            "2025-03-15,CLM-1,C-1,80.00,USD,cash,claim_payment,line-000001,claim_posting,R20250315-TEST",
            "2025-03-15,CLM-1,C-1,20.00,USD,contractual_adjustment,adjustment,line-000001,contractual_adjustment,R20250315-TEST",
            "2025-03-15,INV-9,C-1,2.90,USD,card_fee,adjustment,line-000001,card_fee,R20250315-TEST",
        }));
    }

    [Test]
    public void RealNight_PostsEveryApplication()
    {
        var (night, outcome) = ReviewNight.Run();
        using var _n = night;

        var rows = ReportFiles.Rows(night.Report("postings.csv"));

        Assert.That(rows.Select(r => (r["invoice_number"], r["amount"], r["account_or_reason"])),
            Is.EqualTo(outcome.Night.Matching.Applications.Select(a => (a.InvoiceNumber, Money.Format(a.AppliedAmount), "cash"))));
        Assert.That(rows, Has.Count.EqualTo(2));
    }
}
