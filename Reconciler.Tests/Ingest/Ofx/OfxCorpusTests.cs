using Reconciler.Ingest;
using Reconciler.Ingest.Ofx;
using Reconciler.Tests.Ingest.Mt940;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Ofx;

/// <summary>Conformance over the shared OFX corpus (ofxparse): every file parses or fails with located problems; fail_nice/ files fail clearly.</summary>
public sealed class OfxCorpusTests
{
    [Test]
    public void OfxparseCorpus_ParsesOrFailsWithLocatedProblems_AndFailNiceFilesFail()
    {
        var folder = Corpus.Folder("ofx/ofxparse");
        int files = 0, agreed = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.ofx", SearchOption.AllDirectories).Order())
        {
            var parsed = CorpusRun.ReadWithin(new OfxReader(), path, TimeSpan.FromSeconds(10));
            var relative = Path.GetRelativePath(folder, path);
            var mustFail = relative.Contains("fail_nice", StringComparison.Ordinal);
            Assert.That(parsed.Problems.All(p => p.Location.Length > 0), Is.True, relative);
            files++;
            var errors = parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
            var ok = mustFail ? errors.Count > 0 : errors.Count == 0 || errors.All(e => e.Field?.EndsWith("STATUS", StringComparison.Ordinal) == true);
            if (ok) agreed++;
            TestContext.Out.WriteLine($"  {(ok ? "ok" : "DIFFERS")} {relative}: {parsed.Statements.Count} statements, {parsed.RecordCount} entries"
                + (errors.Count > 0 ? $", {errors.Count} errors, first: {errors[0]}" : "")
                + (parsed.Problems.Count > errors.Count ? $", warnings: {string.Join(" | ", parsed.Problems.Where(p => p.Severity == ProblemSeverity.Warning).Select(p => p.Message).Distinct().Take(2))}" : ""));
        }
        var rate = (double)agreed / files;
        TestContext.Out.WriteLine($"ofxparse: {agreed}/{files} files as expected ({rate:P0})");
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.9));
    }
}
