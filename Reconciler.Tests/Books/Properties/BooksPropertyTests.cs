using System.Diagnostics;
using System.Globalization;

namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// The books' property (issue "Books that balance"): on any small run of generated nights, every journal entry
/// balances, every proof closes to the cent, the receivables close at the aging total, and nothing read is lost.
/// Case seeds come from one master seed, printed; RECONCILER_BOOKS_SEED replays a master seed, RECONCILER_BOOKS_CASE
/// one case seed, RECONCILER_BOOKS_CASES sets how many cases run. A failure is shrunk to a smallest failing case.
/// </summary>
public sealed class BooksPropertyTests
{
    private const int DefaultCases = 200;

    [Test]
    public void GeneratedNights_JournalBalances_ProofsClose_AndNothingIsLost()
    {
        var master = Setting("RECONCILER_BOOKS_SEED") ?? Random.Shared.Next(1, int.MaxValue);
        var single = Setting("RECONCILER_BOOKS_CASE");
        var count = Setting("RECONCILER_BOOKS_CASES") ?? DefaultCases;
        var seeds = single is { } one ? [one] : CaseSeeds(master, count);
        TestContext.Out.WriteLine($"master seed {master} ({seeds.Count} cases); replay with RECONCILER_BOOKS_SEED={master}");

        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (nights, events) = (0, 0);
        var kinds = new Dictionary<EventKind, int>();
        var features = new Dictionary<string, int>();
        foreach (var seed in seeds)
        {
            var generated = CaseGenerator.Generate(seed);
            (nights, events) = (nights + generated.Nights, events + generated.Events.Count);
            foreach (var e in generated.Events) kinds[e.Kind] = kinds.GetValueOrDefault(e.Kind) + 1;
            foreach (var f in CaseFeatures.Of(generated)) features[f] = features.GetValueOrDefault(f) + 1;
            var failure = CaseRunner.Run(generated);
            if (failure is null) continue;
            var shrunk = Shrinker.Shrink(generated, c => c.Smaller().Where(s => s.IsWritable), c => CaseRunner.Run(c)?.Kind == failure.Kind);
            Assert.Fail($"master seed {master} (RECONCILER_BOOKS_SEED={master}), case seed {seed} (RECONCILER_BOOKS_CASE={seed}) fails:\n{failure}\n\n"
                + $"smallest failing case after {shrunk.Steps} shrink step(s), {shrunk.Tries} tries:\n{shrunk.Smallest.Describe()}\n"
                + $"which fails with:\n{CaseRunner.Run(shrunk.Smallest)}");
        }
        TestContext.Out.WriteLine($"{seeds.Count} cases, {nights} nights, {events} events in {clock.Elapsed.TotalSeconds:0.0} s "
            + $"(process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s, load average {LoadAverage()}): "
            + string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        TestContext.Out.WriteLine("cases with: " + string.Join(", ", features.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}")));
        TestContext.Out.WriteLine(CaseRunner.Time.ToString());
        // The reversals the books must get right across nights are among the cases run (a full run, not a replay of one).
        if (seeds.Count >= 100) Assert.That(CaseFeatures.All.Where(f => !features.ContainsKey(f)), Is.Empty, "kinds of reversal no case exercised");
    }

    /// <summary>The cases of a master seed: the same master gives the same cases, in order.</summary>
    public static List<int> CaseSeeds(int master, int count)
    {
        var random = new Random(master);
        return Enumerable.Range(0, count).Select(_ => random.Next(1, int.MaxValue)).ToList();
    }

    /// <summary>The machine's 1-minute load average where the system says it (Linux), for reading the times printed.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
