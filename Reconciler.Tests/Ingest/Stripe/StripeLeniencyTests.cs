using Reconciler.Ingest;
using Reconciler.Ingest.Stripe;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Stripe;

/// <summary>
/// Like PayPal's, a Stripe export whose rows all leave off their empty last column, and whose last cell is quoted and closed,
/// is whole, said once.
/// </summary>
public sealed class StripeLeniencyTests
{
    internal const string Header = "automatic_payout_id,automatic_payout_effective_at,balance_transaction_id,created_utc,available_on_utc,currency,gross,fee,net,"
        + "reporting_category,source_id,description,invoice_number\n";

    internal const string Rows = "po_1,2025-03-14 00:00:00,txn_1,2025-03-11 15:02:11,2025-03-13 00:00:00,usd,120.00,3.78,116.22,charge,ch_1,\"Invoice INV-1001\"\n"
        + "po_1,2025-03-14 00:00:00,txn_2,2025-03-12 09:40:00,2025-03-13 00:00:00,usd,80.00,2.62,77.38,charge,ch_2,\"Invoice INV-1002\"";

    [Test]
    public void RowsOneCellShortOfTheHeader_WithoutFinalNewline_AreAllRead_WithOneWarning()
    {
        var parsed = Parse.Text(new StripeReader(), Header + Rows, "short.csv");

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(parsed.Batches.SelectMany(b => b.Items).Select(i => (i.Id, i.Gross, i.Fee)),
            Is.EqualTo(new[] { ("txn_1", 120.00m, 3.78m), ("txn_2", 80.00m, 2.62m) }));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "short.csv, line 2: 2 row(s) have fewer cells (12) than the header (13); the missing trailing cells are read as empty",
        }));
    }
}
