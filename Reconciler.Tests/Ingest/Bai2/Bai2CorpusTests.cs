using System.Text.RegularExpressions;
using Reconciler.Ingest;
using Reconciler.Ingest.Bai2;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Ingest.Bai2;

/// <summary>
/// Conformance over ../shared/corpus/bai2: every file parses or fails with located problems, within a timeout.
/// The corpus carries no expected outputs, so agreement is measured against each file's own figures: the
/// number of 16 records found independently, and whether every control total and balance proof holds.
/// </summary>
public sealed partial class Bai2CorpusTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [GeneratedRegex(@"(^|/\s+)16,\d{3},", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DetailRecord();

    [TestCase("moov-bai2", 0.5)]
    [TestCase("venturehacks-bai2", 0.66)]
    public void EveryFile_ParsesOrFailsLocated_AndAgreesWithItsOwnFigures(string source, double totalsFloor)
    {
        var folder = Corpus.Folder(Path.Combine("bai2", source));
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("_LICENSE", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        int read = 0, detailsAgree = 0, totalsAgree = 0;
        foreach (var path in files)
        {
            var parsed = ReadWithTimeout(path);
            var name = Path.GetRelativePath(folder, path);
            Assert.That(parsed.Problems.All(p => p.Location.Length > 0 && p.File.Length > 0), Is.True, name);
            if (parsed.HasErrors)
            {
                TestContext.Out.WriteLine($"{source}/{name}: rejected: {parsed.Problems.First(p => p.Severity == ProblemSeverity.Error)}");
                continue;
            }
            read++;
            var expectedDetails = DetailRecord().Matches(File.ReadAllText(path)).Count;
            var details = parsed.Statements.Sum(s => s.Transactions.Count);
            if (details == expectedDetails) detailsAgree++;
            if (parsed.Statements.All(s => s.Balanced == true)) totalsAgree++;
            else TestContext.Out.WriteLine($"{source}/{name}: does not balance: {parsed.Statements.First(s => s.Balanced != true).BalanceNote}");
        }
        var totalsRate = files.Count == 0 ? 0 : (double)totalsAgree / files.Count;
        TestContext.Out.WriteLine($"{source}: {files.Count} files, {read} read without errors; 16-record count agrees in {detailsAgree}/{read}; "
            + $"control totals and ledger proof hold in {totalsAgree}/{files.Count} ({totalsRate:P0})");
        Assert.That(detailsAgree, Is.EqualTo(read));
        Assert.That(totalsRate, Is.GreaterThanOrEqualTo(totalsFloor));
    }

    [Test]
    public void DeliberatelyBadChecksum_IsReportedNotBalanced()
    {
        var path = Path.Combine(Corpus.Folder("bai2/venturehacks-bai2"), "test", "data", "invalid_checksum_eod.bai2");

        var parsed = ReadWithTimeout(path);

        Assert.That(parsed.Statements.Single().Balanced, Is.False);
        Assert.That(parsed.Problems.Any(p => p.Location == "line 15"), Is.True);
    }

    [Test]
    public void ParseErrorFile_IsRejectedWithALocatedError()
    {
        var path = Path.Combine(Corpus.Folder("bai2/moov-bai2"), "test", "testdata", "errors", "sample-parseError.txt");

        var parsed = ReadWithTimeout(path);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Problems.First().Location, Is.EqualTo("line 1"));
    }

    [Test]
    public void SeveralRecordsPerLine_AllAccountsOfSample3Balance()
    {
        var path = Path.Combine(Corpus.Folder("bai2/moov-bai2"), "test", "testdata", "sample3.txt");

        var parsed = ReadWithTimeout(path);

        Assert.That(parsed.Statements, Has.Count.EqualTo(15));
        Assert.That(parsed.Statements.All(s => s.Balanced == true), Is.True);
        Assert.That(parsed.Statements[0].Transactions.Select(t => t.Amount), Is.EqualTo(new[] { 25.00m, 5.00m, 1.00m, -25.00m, -6.00m, -1.00m }));
    }

    [Test]
    public void FieldContinuations_OfSample2_BalanceEveryAccount()
    {
        var path = Path.Combine(Corpus.Folder("bai2/moov-bai2"), "test", "testdata", "sample2.txt");

        var parsed = ReadWithTimeout(path);

        Assert.That(parsed.Statements.All(s => s.Balanced == true), Is.True);
        Assert.That(parsed.Statements[2].Transactions[0].CustomerReference, Is.EqualTo("YRC065321"));
        Assert.That(parsed.Statements[2].Transactions[0].Remittance, Does.StartWith("PROCEEDS OF LETTER OF CREDIT"));
    }

    private static ParsedFile ReadWithTimeout(string path)
    {
        var task = Task.Run(() => Parse.File(new Bai2Reader(), path));
        Assert.That(task.Wait(Timeout), Is.True, $"{path} took longer than {Timeout}");
        return task.Result;
    }
}
