using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Reconciler.Ingest;
using Reconciler.Tests.Support;
using Reconciler.Tests.Trust.Fuzz;

namespace Reconciler.Tests.Trust.Hostile;

/// <summary>XML attacks on every XML reader: external entities, entity expansion, deep nesting, a huge text node.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class XmlHostileTests
{
    [TestCaseSource(typeof(XmlReaders), nameof(XmlReaders.All))]
    public void ExternalEntityNamingALocalFile_IsRefusedAtTheDoctype_AndTheFileIsNeverRead(XmlReaders xml)
    {
        using var folder = new TempFolder();
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");
        var secret = folder.Write("secret.txt", marker);
        var content = xml.With($"<!DOCTYPE root [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>", "&xxe;");

        var parsed = Parse.Text(xml.Reader(), content, "xxe.xml");

        Assert.That(JsonSerializer.Serialize(parsed), Does.Not.Contain(marker));
        Assert.That(parsed.Problems, Has.Some.Matches<ParseProblem>(p => IsDtdRefusal(p, xml.DoctypeLine)));
    }

    [TestCaseSource(typeof(XmlReaders), nameof(XmlReaders.All))]
    public void BillionLaughsEntityExpansion_IsRefusedAtTheDoctype_WithinASecond(XmlReaders xml)
    {
        var doctype = new StringBuilder("<!DOCTYPE root [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) doctype.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        var content = xml.With(doctype.Append("]>").ToString(), "&lol9;");
        var clock = Stopwatch.StartNew();

        var parsed = Parse.Text(xml.Reader(), content, "laughs.xml");

        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(parsed.Problems, Has.Some.Matches<ParseProblem>(p => IsDtdRefusal(p, xml.DoctypeLine)));
        Assert.That(JsonSerializer.Serialize(parsed), Does.Not.Contain("lollollol"));
    }

    [TestCaseSource(typeof(XmlReaders), nameof(XmlReaders.All))]
    public void HundredThousandNestedElements_AreRefusedWithALocatedError_WithoutStackOverflow(XmlReaders xml)
    {
        const int depth = 100_000;
        var nested = new StringBuilder(depth * 8);
        for (var i = 0; i < depth; i++) nested.Append("<Nm>");
        for (var i = 0; i < depth; i++) nested.Append("</Nm>");
        var content = xml.With(null, nested.ToString());

        var parsed = ReadWithin(xml, content, TimeSpan.FromSeconds(10));

        Assert.That(parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Message),
            Has.Some.Contains("nested deeper than"));
        Assert.That(FuzzCase.Unlocated(parsed), Is.Null);
    }

    [TestCaseSource(typeof(XmlReaders), nameof(XmlReaders.All))]
    public void FiftyMegabyteTextNode_IsReadWithoutCrash_WithinTenSeconds(XmlReaders xml)
    {
        var content = xml.With(null, new string('x', 50 * 1024 * 1024));

        var parsed = ReadWithin(xml, content, TimeSpan.FromSeconds(10));

        Assert.That(FuzzCase.Unlocated(parsed), Is.Null);
        Assert.That(parsed.RecordCount, Is.GreaterThan(0), "the file is otherwise valid: its transactions are read");
    }

    private static ParsedFile ReadWithin(XmlReaders xml, string content, TimeSpan limit)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var work = Task.Run(() => Parse.Bytes(xml.Reader(), bytes, "hostile.xml"));
        Assert.That(work.Wait(limit), Is.True, $"{xml} did not finish within {limit.TotalSeconds} s");
        return work.Result;
    }

    private static bool IsDtdRefusal(ParseProblem? p, int line) => p is not null &&
        p.Severity == ProblemSeverity.Error && p.Location == $"line {line}" && p.Message.StartsWith("the file declares a DTD (<!DOCTYPE>)", StringComparison.Ordinal);
}
