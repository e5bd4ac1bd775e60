using System.Diagnostics;
using Reconciler.Ingest;
using Reconciler.Tests.Support;
using Reconciler.Tests.Trust.Fuzz;

namespace Reconciler.Tests.Trust.Hostile;

/// <summary>Files that are not what they claim, fed to every text reader: cut short, binary, one endless line.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TextHostileTests
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];
    private static readonly byte[] ZipHeader = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0x21, 0x6C, 0x7B, 0x59, 0, 0, 0, 0];

    public static IEnumerable<TestCaseData> Garbage()
    {
        var random = new byte[64 * 1024];
        new Random(20251121).NextBytes(random);
        var tail = random[..4096];
        foreach (var reader in TextReaders.All())
        {
            var format = (string)reader.Arguments[0]!;
            yield return new TestCaseData(format, "random bytes", random).SetArgDisplayNames(format, "random bytes");
            yield return new TestCaseData(format, "a PNG image", (byte[])[.. PngHeader, .. tail]).SetArgDisplayNames(format, "a PNG image");
            yield return new TestCaseData(format, "a zip archive", (byte[])[.. ZipHeader, .. tail]).SetArgDisplayNames(format, "a zip archive");
        }
    }

    [TestCaseSource(nameof(Garbage))]
    public void BinaryGarbage_IsRefusedByTheReader_AndRecognisedByNoFormat(string format, string what, byte[] content)
    {
        var parsed = Parse.Bytes(TextReaders.Reader(format), content, "garbage.bin");

        Assert.That(parsed.HasErrors, Is.True, $"{what} read as {format} must be refused");
        Assert.That(parsed.RecordCount, Is.Zero);
        Assert.That(FuzzCase.Unlocated(parsed), Is.Null);

        using var folder = new TempFolder();
        var path = folder.File("garbage.bin");
        File.WriteAllBytes(path, content);
        var detected = FormatRegistry.Default().Read(path);
        Assert.That(detected.Format, Is.EqualTo("unknown"));
    }

    [TestCaseSource(typeof(TextReaders), nameof(TextReaders.All))]
    public void TwentyMegabyteLineWithoutNewline_IsRefused_QuicklyAndWithShortMessages(string format)
    {
        var line = new byte[20 * 1024 * 1024];
        Array.Fill(line, (byte)'7');

        var parsed = ReadWithin(format, line, HangGuard);

        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(FuzzCase.Unlocated(parsed), Is.Null);
        Assert.That(parsed.Problems.Max(p => p.Message.Length), Is.LessThanOrEqualTo(ParseProblem.MaxMessageLength));
    }

    [TestCaseSource(typeof(TextReaders), nameof(TextReaders.All))]
    public void TwentyMegabyteLineAfterAValidFile_IsReadQuickly_AndNoMessageQuotesIt(string format)
    {
        var valid = File.ReadAllBytes(TextReaders.Files(format)[0]);
        var line = new byte[20 * 1024 * 1024];
        Array.Fill(line, (byte)'7');

        var parsed = ReadWithin(format, [.. valid, .. line], HangGuard);

        Assert.That(FuzzCase.Unlocated(parsed), Is.Null);
        Assert.That(parsed.Problems.Select(p => p.Message.Length), Has.All.LessThanOrEqualTo(ParseProblem.MaxMessageLength));
    }

    [TestCaseSource(typeof(TextReaders), nameof(TextReaders.All))]
    public void FilesCutAtEveryFortiethOfTheirLength_NeverThrow_AndAreRefusedOrHoldNoMoreRecords(string format)
    {
        var reader = TextReaders.Reader(format);
        var cuts = 0;
        foreach (var file in TextReaders.Files(format))
        {
            var bytes = File.ReadAllBytes(file);
            var whole = Parse.Bytes(reader, bytes, "whole");
            for (var k = 0; k < 40; k++, cuts++)
            {
                var cut = bytes.Length * k / 40;
                var parsed = Parse.Bytes(reader, bytes[..cut], "cut");

                Assert.That(FuzzCase.Unlocated(parsed), Is.Null, $"{Path.GetFileName(file)} cut at {cut}");
                // A refused file is quarantined and nothing from it is used; an accepted one must not invent records.
                Assert.That(parsed.HasErrors || parsed.RecordCount <= whole.RecordCount, Is.True, $"{Path.GetFileName(file)} cut at {cut}");
                if (k == 0) Assert.That(parsed.HasErrors, Is.True, "an empty file is refused");
            }
        }
        TestContext.Out.WriteLine($"{format}: {cuts} truncated files");
    }

    // A guard against a reader that hangs or goes quadratic on one huge line (hours at 20 MB), not a speed claim (`bench`
    // measures speed): at 10 s it failed on a machine loaded by parallel builds while the reader was merely slowed.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static ParsedFile ReadWithin(string format, byte[] content, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var work = Task.Run(() => Parse.Bytes(TextReaders.Reader(format), content, "huge.txt"));
        Assert.That(work.Wait(limit), Is.True, $"{format} did not finish within {limit.TotalSeconds} s");
        TestContext.Out.WriteLine($"{format}: {content.Length / (1024 * 1024)} MB in {clock.Elapsed.TotalSeconds:0.0} s, {work.Result.Problems.Count} problem(s)");
        return work.Result;
    }
}
