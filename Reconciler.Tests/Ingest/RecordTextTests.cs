using System.Text;
using Reconciler.Ingest;

namespace Reconciler.Tests.Ingest;

public sealed class RecordTextTests
{
    private static List<string> Lines(byte[] bytes, bool anyBreak)
    {
        using var text = RecordText.Open(new MemoryStream(bytes));
        var lines = new List<string>();
        while (text.TryReadLine(anyBreak, out var line)) lines.Add(line.ToString());
        return lines;
    }

    private static List<string> Lines(string content, bool anyBreak) => Lines(Encoding.UTF8.GetBytes(content), anyBreak);

    [Test]
    public void LineFeedLines_SplitAsStringSplitDoes()
    {
        const string content = "01,a/\r\n16,b\r\r\n\n88,c";
        Assert.That(Lines(content, anyBreak: false), Is.EqualTo(content.Split('\n')));
    }

    [Test]
    public void AnyBreakLines_TreatCrLfAsOneBreakAndALoneCrAsABreak()
    {
        Assert.That(Lines("a\r\nb\rc\n\nd\r\n", anyBreak: true), Is.EqualTo(new[] { "a", "b", "c", "", "d", "" }));
    }

    [Test]
    public void EmptyText_IsOneEmptyLine()
    {
        Assert.That(Lines("", anyBreak: true), Is.EqualTo(new[] { "" }));
    }

    [Test]
    public void LinesAcrossManyChunks_AreReadWhole_EvenWhenACrLfIsCutBetweenChunks()
    {
        // Line lengths that put "\r\n" at every position relative to the reader's chunks.
        var expected = Enumerable.Range(0, 3000).Select(i => new string((char)('a' + (i % 26)), i % 97)).ToList();
        var content = string.Join("\r\n", expected);
        Assert.That(Lines(content, anyBreak: true), Is.EqualTo(expected));
    }

    [Test]
    public void ALineLongerThanTheBuffer_IsReadWhole()
    {
        var longLine = new string('x', 300_000);
        Assert.That(Lines("head\n" + longLine + "\ntail", anyBreak: false), Is.EqualTo(new[] { "head", longLine, "tail" }));
    }

    [Test]
    public void Encoding_IsDetectedAsForTheWholeText_AndTheByteOrderMarkDropped()
    {
        var windows1252 = TextDecoding.Windows1252.GetBytes("Caf\u00e9 M\u00fcnchen\nZ\u00fcrich");
        byte[] utf8WithMark = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\u00e9t\u00e9\nx")];
        Assert.Multiple(() =>
        {
            Assert.That(Lines(windows1252, anyBreak: false), Is.EqualTo(TextDecoding.ReadAllText(new MemoryStream(windows1252)).Split('\n')));
            Assert.That(Lines(utf8WithMark, anyBreak: false), Is.EqualTo(new[] { "\u00e9t\u00e9", "x" }));
        });
    }

    [Test]
    public void PeekAndIndexOf_ReachPastTheFirstChunk()
    {
        var content = new string('a', 100_000) + "~rest";
        using var text = RecordText.Open(new MemoryStream(Encoding.ASCII.GetBytes(content)));
        Assert.That(text.IndexOf('~'), Is.EqualTo(100_000));
        text.Skip(100_001);
        Assert.Multiple(() =>
        {
            Assert.That(text.Peek(10).ToString(), Is.EqualTo("rest"));
            Assert.That(text.IndexOf('~'), Is.EqualTo(-1));
            Assert.That(text.AtEnd, Is.False);
        });
        text.Skip(4);
        Assert.That(text.AtEnd, Is.True);
    }
}
