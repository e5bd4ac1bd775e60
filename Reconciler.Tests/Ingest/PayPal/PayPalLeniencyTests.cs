using Reconciler.Ingest;
using Reconciler.Ingest.PayPal;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.PayPal;

/// <summary>An export that leaves its last, empty column off every row and ends without a line break is whole.</summary>
public sealed class PayPalLeniencyTests
{
    [Test]
    public void RowsOneCellShortOfTheHeader_WithoutFinalNewline_AreAllRead_NotReportedAsCutShort()
    {
        var path = Repository.Fixture("paypal", "short_rows_no_final_newline.csv");
        var parsed = Parse.File(new PayPalReader(), path);

        Assert.That(File.ReadAllText(path), Does.Not.EndWith("\n"), "the fixture keeps its missing final newline");
        Assert.That(parsed.HasErrors, Is.False);
        var items = parsed.Batches.SelectMany(b => b.Items).ToList();
        Assert.That(items.Select(i => (i.Id, i.Gross)), Is.EqualTo(new[]
        {
            ("7AB12345CD678901E", 1250.00m), ("1AA11111BB222222C", 200.00m), ("3CC33333DD444444E", 80.00m),
        }));
        Assert.That(parsed.Problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            "short_rows_no_final_newline.csv, line 2: 3 row(s) have fewer cells (12) than the header (13); the missing trailing cells are read as empty",
        }));
    }
}
