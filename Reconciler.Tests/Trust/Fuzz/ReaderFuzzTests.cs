using System.Diagnostics;
using Reconciler.Ingest;

namespace Reconciler.Tests.Trust.Fuzz;

/// <summary>
/// Every reader, fed thousands of damaged copies of its valid files, returns located problems: it never throws, never
/// hangs, and never reports a problem without a file, a location and a message. A failure names the seed and case to replay.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReaderFuzzTests
{
    public static IEnumerable<TestCaseData> Readers() =>
        from format in FormatRegistry.Default().Readers.Select(r => r.Format).Distinct()
        from seed in FuzzSettings.Seeds()
        select new TestCaseData(format, seed).SetArgDisplayNames(format, seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [TestCaseSource(nameof(Readers))]
    public void DamagedCopiesOfValidFiles_AreReadWithoutException_OrHang_AndEveryProblemIsLocated(string format, int seed)
    {
        var registry = FormatRegistry.Default();
        var reader = registry.ByName(format)!;
        var seeds = FuzzSeedFiles.For(format);
        Assert.That(seeds, Is.Not.Empty, $"no fixture or sample file is detected as {format}; the fuzzer needs at least one");
        var originals = seeds.Select(File.ReadAllBytes).ToArray();
        var clock = Stopwatch.StartNew();

        for (var caseNumber = 0; caseNumber < FuzzSettings.Cases; caseNumber++)
        {
            var random = FuzzSettings.ForCase(seed, caseNumber);
            var source = random.Next(originals.Length);
            var applied = new List<string>();
            var input = Mutations.Mutate(random, originals[source], applied);
            var replay = $"{format}, seed {seed}, case {caseNumber} ({Path.GetFileName(seeds[source])}: {string.Join(", ", applied)}); "
                + $"replay with RECONCILER_FUZZ_SEED={seed} RECONCILER_FUZZ_CASES={caseNumber + 1}";

            var failure = FuzzCase.Run(registry, reader, input, "fuzz-" + Path.GetFileName(seeds[source]));

            if (failure is not null)
            {
                // Keep the input, so it can be cut down into a regression test.
                var saved = Path.Combine(Path.GetTempPath(), $"reconciler-fuzz-{format}-{seed}-{caseNumber}.bin");
                File.WriteAllBytes(saved, input);
                replay += $"; input saved as {saved}";
            }
            Assert.That(failure, Is.Null, replay);
        }

        TestContext.Out.WriteLine($"{format}: {FuzzSettings.Cases} cases from {seeds.Count} file(s), seed {seed}, {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
