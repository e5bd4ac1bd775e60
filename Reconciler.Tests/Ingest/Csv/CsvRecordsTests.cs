using System.Text;
using Reconciler.Ingest;
using Reconciler.Ingest.Csv;

namespace Reconciler.Tests.Ingest.Csv;

/// <summary>Records read in place give the same fields and lines as rows read as strings.</summary>
public sealed class CsvRecordsTests
{
    private static readonly string Awkward =
        "Date,Description,Amount\r\n"
        + "2026-11-02,  padded both sides  ,12.50\r\n"
        + "2026-11-03,\"quoted, with comma\",-3.00\r\n"
        + "\r\n"
        + "2026-11-04,\"two\nlines and \"\"quotes\"\"\",7\r\n"
        + "2026-11-05,short row\r\n"
        + "2026-11-06,Zürich Straße café,1.00,extra,cells\r\n"
        + "2026-11-07," + new string('x', 2000) + ",9.99\r\n";

    [TestCase("utf-8")]
    [TestCase("windows-1252")]
    public void EveryField_AndLine_IsTheSameAsTheStringRows(string encoding)
    {
        var bytes = TextDecoding.ByName(encoding)!.GetBytes(Awkward);
        using var first = TextSource.Open(new MemoryStream(bytes), TextDecoding.ByName(encoding));
        var rows = DelimitedText.ReadRows(first, ',').ToList();
        using var second = TextSource.Open(new MemoryStream(bytes), TextDecoding.ByName(encoding));
        using var records = DelimitedText.OpenRecords(second, ',');

        var read = 0;
        while (records.Read())
        {
            var row = rows[read++];
            Assert.That(records.Line, Is.EqualTo(row.Line));
            Assert.That(records.FieldCount, Is.EqualTo(row.Fields.Length));
            for (var i = -1; i <= row.Fields.Length + 1; i++)
            {
                Assert.That(records.Field(i), Is.EqualTo(row.Field(i)), $"line {row.Line} field {i}");
                Assert.That(records.Span(i).ToString(), Is.EqualTo(row.Span(i).ToString()));
            }
            Assert.That(records.ToRow().Fields, Is.EqualTo(row.Fields));
        }
        Assert.That(read, Is.EqualTo(rows.Count));
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 3, 5, 7, 8, 9 }), "blank lines skipped, quoted line breaks counted");
        Assert.That(rows[3].Field(1), Is.EqualTo("two\nlines and \"quotes\""));
    }

    [Test]
    public void AFieldReadTwice_InOneRecord_IsDecodedOnce_AndTheNextRecordReplacesIt()
    {
        using var source = TextSource.Open(new MemoryStream(Encoding.UTF8.GetBytes("a, b\nlonger value,c\n")));
        using var records = DelimitedText.OpenRecords(source, ',');
        Assert.That(records.Read(), Is.True);
        Assert.That(records.Span(1).ToString(), Is.EqualTo("b"));
        Assert.That(records.Field(1), Is.EqualTo("b"));
        Assert.That(records.Read(), Is.True);
        Assert.That(records.Field(0), Is.EqualTo("longer value"));
        Assert.That(records.Field(1), Is.EqualTo("c"));
        Assert.That(records.Read(), Is.False);
    }
}
