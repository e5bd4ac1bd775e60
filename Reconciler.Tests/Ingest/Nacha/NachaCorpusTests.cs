using Reconciler.Ingest;
using Reconciler.Ingest.Nacha;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Nacha;

/// <summary>
/// Conformance over ../shared/corpus/nacha (moov-io/ach examples and test data, broken files included): every
/// file parses or fails with located problems, within a timeout. No expected outputs sit beside the files, so
/// agreement is measured against each file's own figures: entries found independently (records starting
/// with 6, outside ADV batches) and batch/file controls that verify without a warning.
/// </summary>
public sealed class NachaCorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly string[] ControlFields =
        ["entry/addenda count", "entry hash", "total debit amount", "total credit amount", "batch count", "block count"];

    [TestCase("moov-ach/examples", 1.0)]
    [TestCase("moov-ach/test", 0.8)]
    public void EveryFile_ParsesOrFailsLocated_AndAgreesWithItsOwnControls(string source, double floor)
    {
        var folder = Corpus.Folder(Path.Combine("nacha", source));
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("_LICENSE", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        int achFiles = 0, agreed = 0;
        foreach (var path in files)
        {
            var parsed = ReadWithTimeout(path);
            var name = Path.GetRelativePath(folder, path);
            Assert.That(parsed.Problems.All(p => p.Location.Length > 0 && p.File.Length > 0), Is.True, name);
            var text = File.ReadAllText(path);
            if (!text.StartsWith('1') && !text.StartsWith('5') && !text.StartsWith('6'))
            {
                Assert.That(parsed.HasErrors, Is.True, $"{name} is not an ACH file and must be rejected");
                continue;
            }
            achFiles++;
            var expectedEntries = ExpectedEntries(text);
            var entries = parsed.Batches.Sum(b => b.Items.Count);
            var controlWarnings = parsed.Problems.Where(p => p.Field is { } f && ControlFields.Contains(f)).ToList();
            if (!parsed.HasErrors && entries == expectedEntries && controlWarnings.Count == 0) agreed++;
            else TestContext.Out.WriteLine($"{source}/{name}: entries {entries}/{expectedEntries}, "
                + $"{(parsed.HasErrors ? "rejected: " + parsed.Problems.First(p => p.Severity == ProblemSeverity.Error) : controlWarnings.FirstOrDefault()?.ToString() ?? "")}");
        }
        var rate = achFiles == 0 ? 0 : (double)agreed / achFiles;
        TestContext.Out.WriteLine($"{source}: {agreed}/{achFiles} ACH files read without errors, entries and controls agreeing ({rate:P0}); "
            + $"{files.Count - achFiles} non-ACH files rejected");
        Assert.That(rate, Is.GreaterThanOrEqualTo(floor));
    }

    [Test]
    public void ReturnFile_GivesReturnItemsWithTheirReasonCodes()
    {
        var path = Path.Combine(Corpus.Folder("nacha/moov-ach/test"), "testdata", "return-WEB.ach");

        var parsed = ReadWithTimeout(path);
        var items = parsed.Batches.SelectMany(b => b.Items).ToList();

        Assert.That(parsed.HasErrors, Is.False);
        Assert.That(items.Select(i => i.Kind), Is.All.EqualTo("return"));
        Assert.That(items[0].Text, Does.Contain("R01"));
        Assert.That(items[1].Text, Does.Contain("R03"));
        Assert.That(items.Select(i => i.Gross), Is.EqualTo(new[] { -123.54m, 45.65m }));
    }

    [Test]
    public void NotificationOfChange_IsAnNocItem()
    {
        var path = Path.Combine(Corpus.Folder("nacha/moov-ach/test"), "testdata", "cor-example.ach");

        var item = ReadWithTimeout(path).Batches.Single().Items.Single();

        Assert.That(item.Kind, Is.EqualTo("noc"));
        Assert.That(item.Text, Does.Contain("C01"));
    }

    private static int ExpectedEntries(string text)
    {
        var trimmed = text.Replace("\r", "", StringComparison.Ordinal).TrimEnd('\n');
        var lines = trimmed.Split('\n');
        if (lines.Length == 1 && trimmed.Length > 94) lines = trimmed.Chunk(94).Select(c => new string(c)).ToArray();
        var inAdvice = false;
        var count = 0;
        foreach (var line in lines)
        {
            if (line.StartsWith('5')) inAdvice = line.Length >= 4 && line[1..4] == "280";
            if (line.StartsWith('6') && !inAdvice) count++;
        }
        return count;
    }

    private static ParsedFile ReadWithTimeout(string path)
    {
        var task = Task.Run(() => Parse.File(new NachaReader(), path));
        Assert.That(task.Wait(Timeout), Is.True, $"{path} took longer than {Timeout}");
        return task.Result;
    }
}
